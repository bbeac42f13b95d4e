// Turns a parsed case into what the evaluator walks: definitions (versioned, R20) with their goal
// selection, policies (R39–R41), calendars compiled per time zone (R5) and version (R9), events
// read as instants in checked order (R19).
import type { CalendarInput } from '../calendar/calendarSchema';
import { SlaInputError } from '../slaErrors';
import { compileCalendars, type CompiledCalendars } from './compileCalendars';
import type { Condition, ConditionContext, FieldValue } from './condition';
import {
  statusCategories,
  type DefinitionInput,
  type Metric,
  type StatusCategory,
} from './definitionSchema';
import type { CaseEvent, SlaCase } from './slaCaseSchema';
import { compileDefinition } from './compileDefinition';
import { policyGoal } from './goalSelector';
import { applyMajorIncidentSet } from './majorIncident';

export type Target =
  | { kind: 'duration'; ms: number }
  | { kind: 'businessDays'; days: number; endOfDay: boolean }
  | { kind: 'relative'; field: string };

export interface CompiledGoal {
  target: Target;
  /** null: 24×7 (no calendar). */
  calendarId: string | null;
  /** Where the target came from, for explanations (R51). */
  source: string;
  key: string;
}

export interface CompiledDefinition {
  id: string;
  name: string;
  type: 'SLA' | 'OLA' | 'UC';
  metric: Metric;
  from: number;
  input: DefinitionInput;
  active: boolean;
  selectGoal: (ctx: ConditionContext) => CompiledGoal | null;
  /** The goal while the ticket is a major incident (R48), if the major-incident set names it. */
  majorGoal: CompiledGoal | null;
  pauseIn: ReadonlySet<StatusCategory>;
  whenToCancel: 'startNotMet' | 'cancelMet' | 'never';
  whenToResume: 'pauseNotMet' | 'resumeMet';
  onTargetChange: 'recalculate' | 'restart' | 'restartRetroactive';
  onReopen: 'resumeCycle' | 'newCycle';
  thresholds: number[];
  timeLeft: { ms: number; label: string }[];
  escalations: { ms: number; label: string }[];
}

/** The part of a case that does not change from ticket to ticket: compiled once, reused. */
export interface CompiledSetup {
  /** Every version of every definition, oldest first per id. */
  definitions: Map<string, CompiledDefinition[]>;
  calendarFor: CompiledCalendars['calendarFor'];
  calendarInputs: Map<string, CalendarInput>;
  /** Which version of a calendar is in effect at an instant (R9), and when they change. */
  calendarVersionAt: CompiledCalendars['calendarVersionAt'];
  calendarChanges: number[];
  statusOf: (raw: FieldValue) => StatusCategory;
  systemTimeZone: string;
  missingPriority: 'noSla' | 'useDefault';
  defaultPriority: string;
  reopenWindowMs: number;
  hasFirstResponse: boolean;
  /** The field that flags a major incident (R48), or null without a major-incident set. */
  majorField: string | null;
}

export interface CompiledCase extends CompiledSetup {
  events: { event: CaseEvent; at: number }[];
  now: number;
}

/** A case without its timeline: what a team's configuration holds. */
export type SlaSetup = Omit<SlaCase, 'events' | 'now' | 'expect' | 'description'>;

export { compileTarget } from './goalSelector';

/** Compiles calendars, definitions and policies; throws SlaInputError naming the field. */
export function compileSlaSetup(input: SlaSetup): CompiledSetup {
  const defaultThresholds = input.thresholds ?? [50, 75, 100];
  const systemTimeZone = input.systemTimeZone ?? 'UTC';
  const { calendarFor, calendarInputs, calendarVersionAt, calendarChanges } = compileCalendars(
    input.calendars,
    systemTimeZone,
  );

  const ids = new Set(calendarInputs.keys());
  const definitions = new Map<string, CompiledDefinition[]>();
  (input.definitions ?? []).forEach((d, i) => {
    const list = definitions.get(d.id) ?? [];
    list.push(compileDefinition(d, `definitions.${i}`, ids, defaultThresholds));
    definitions.set(
      d.id,
      list.sort((a, b) => a.from - b.from),
    );
  });
  if (input.policies?.length) {
    input.policies.forEach((p, i) => {
      if (p.calendar && !ids.has(p.calendar))
        throw new SlaInputError(`policies.${i}.calendar`, `unknown calendar '${p.calendar}'`);
    });
    const metricsUsed = [...new Set(input.policies.flatMap((p) => p.targets.map((t) => t.metric)))];
    for (const metric of metricsUsed) {
      if (definitions.has(metric)) continue;
      const def = compileDefinition(
        { id: metric, metric, target: '1h' },
        `policies`,
        ids,
        defaultThresholds,
      );
      def.selectGoal = policyGoal(input.policies, metric);
      definitions.set(metric, [def]);
    }
  }
  if (definitions.size === 0)
    throw new SlaInputError('definitions', 'a case needs definitions or policies');
  const majorField = applyMajorIncidentSet(input.majorIncident, definitions, ids);

  const statusMap = input.statusMap ?? {};
  const statuses = new Map<FieldValue, StatusCategory>();
  const statusOf = (raw: FieldValue): StatusCategory => {
    const known = statuses.get(raw);
    if (known !== undefined) return known;
    const s = String(raw);
    let category: StatusCategory | undefined;
    if (s in statusMap) category = statusMap[s]!;
    else if ((statusCategories as readonly string[]).includes(s)) category = s as StatusCategory;
    if (category !== undefined) {
      statuses.set(raw, category);
      return category;
    }
    throw new SlaInputError(
      'status',
      `unknown status '${s}' (use a category or map it in statusMap)`,
    );
  };
  return {
    definitions,
    calendarFor,
    calendarInputs,
    calendarVersionAt,
    calendarChanges,
    statusOf,
    systemTimeZone,
    missingPriority: input.missingPriority ?? 'useDefault',
    defaultPriority: input.defaultPriority ?? 'P3',
    reopenWindowMs: (input.reopenWindowDays ?? 14) * 86_400_000,
    hasFirstResponse: [...definitions.values()].some((v) =>
      v.some((d) => d.metric === 'first_response' && d.active),
    ),
    majorField,
  };
}

export type { Condition };

/** Compiles a parsed case: its setup, and its events read as instants in checked order (R19). */
export function compileSlaCase(input: SlaCase): CompiledCase {
  const setup = compileSlaSetup(input);
  const { statusOf } = setup;
  let last = -Infinity;
  const events = input.events.map((event, i) => {
    const at = Date.parse(event.at);
    if (at < last)
      throw new SlaInputError(
        `events.${i}.at`,
        `${event.at} is before the previous event; events must be in time order (R19)`,
      );
    if (i === 0 && event.type !== 'created')
      throw new SlaInputError(`events.0.type`, "the first event must be 'created'");
    if (i > 0 && event.type === 'created')
      throw new SlaInputError(`events.${i}.type`, "only the first event may be 'created'");
    if (event.set?.['status'] !== undefined) {
      try {
        statusOf(event.set['status']);
      } catch (e) {
        throw new SlaInputError(
          `events.${i}.set.status`,
          (e as Error).message.replace(/^status: /, ''),
        );
      }
    }
    last = at;
    return { event, at };
  });
  const now = Date.parse(input.now);
  if (now < last) throw new SlaInputError('now', `${input.now} is before the last event`);
  return Object.assign({}, setup, { events, now });
}
