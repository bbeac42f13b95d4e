// R48: a major incident gets its own SLA set, on a 24×7 calendar unless the set names one. While a
// ticket's major-incident flag is set, each definition the set names takes its target from it.
import * as z from 'zod/mini';
import { SlaInputError } from '../slaErrors';
import type { CompiledDefinition } from './compileSlaCase';
import { targetSchema } from './definitionSchema';
import { goalOf } from './goalSelector';

export const majorIncidentSchema = z.strictObject({
  /** The ticket field that flags a major incident (true while it is one). Default `majorIncident`. */
  field: z.optional(z.string().check(z.minLength(1))),
  /** The calendar of the set's targets: a calendar id, or null for 24×7 (the default, R48). */
  calendar: z.optional(z.nullable(z.string().check(z.minLength(1)))),
  /** Per definition id (with policies: per metric), its target while the ticket is major. */
  targets: z.record(z.string(), targetSchema),
});
export type MajorIncidentInput = z.infer<typeof majorIncidentSchema>;

/** Where explanations say the target came from. */
export const majorIncidentSource = 'major incident (R48)';

/**
 * Gives every version of each definition `set` names its major-incident goal; returns the flag's
 * field (null without a set). Throws SlaInputError naming the field for an unknown definition or
 * calendar, or a due-date target (a major incident is timed, not scheduled).
 * @example applyMajorIncidentSet({ targets: { resolution: '4h' } }, definitions, calendars) // 'majorIncident'
 */
export function applyMajorIncidentSet(
  set: MajorIncidentInput | undefined,
  definitions: Map<string, CompiledDefinition[]>,
  calendarIds: ReadonlySet<string>,
): string | null {
  if (!set) return null;
  const calendar = set.calendar ?? null;
  if (calendar !== null && !calendarIds.has(calendar))
    throw new SlaInputError('majorIncident.calendar', `unknown calendar '${calendar}'`);
  for (const [id, target] of Object.entries(set.targets)) {
    const path = `majorIncident.targets.${id}`;
    const versions = definitions.get(id);
    if (!versions) throw new SlaInputError(path, `no definition or policy metric '${id}'`);
    if (typeof target === 'object' && 'dueField' in target)
      throw new SlaInputError(path, 'a major-incident target is working time or business days');
    const goal = goalOf(target, calendar, majorIncidentSource);
    for (const def of versions) def.majorGoal = goal;
  }
  return set.field ?? 'majorIncident';
}
