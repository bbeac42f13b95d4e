// One SLA definition compiled (R14–R18, R29–R37 defaults): its goal selector, pause statuses,
// cancel/resume/target-change/reopen modes, thresholds and escalation offsets, checked.
import { SlaInputError } from '../slaErrors';
import type { CompiledDefinition } from './compileSlaCase';
import { parseDuration } from './duration';
import type { DefinitionInput, Metric, StatusCategory } from './definitionSchema';
import { goalOf, goalSelector } from './goalSelector';

/** Statuses each built-in metric pauses in unless the definition says otherwise (R31–R37). */
const defaultPauses: Record<Metric, StatusCategory[]> = {
  first_response: [],
  next_response: [],
  periodic_update: [],
  pausable_update: ['pending'],
  resolution: ['pending', 'on_hold'],
  requester_wait: ['pending'],
  agent_work: ['pending', 'on_hold'],
  ownership: [],
  custom: [],
};

/**
 * Compiles definition `d` (found at `path`); throws SlaInputError naming the field.
 * @example compileDefinition({ id: 'r', metric: 'resolution', target: '8h' }, 'definitions.0', new Set(), [50, 75, 100])
 */
export function compileDefinition(
  d: DefinitionInput,
  path: string,
  calendarIds: Set<string>,
  defaultThresholds: number[],
): CompiledDefinition {
  const checkCal = (id: string | null | undefined, at: string) => {
    if (id && !calendarIds.has(id)) throw new SlaInputError(at, `unknown calendar '${id}'`);
  };
  checkCal(d.calendar, `${path}.calendar`);
  if (d.metric === 'custom' && !d.conditions)
    throw new SlaInputError(
      `${path}.conditions`,
      "a 'custom' metric needs start and stop conditions",
    );
  if (!d.target && !d.goals) throw new SlaInputError(path, 'needs a target or goals');
  const base = d.calendar ?? null;
  let selectGoal: CompiledDefinition['selectGoal'];
  if (d.goals) {
    const goals = d.goals.map((g, i) => {
      checkCal(g.calendar, `${path}.goals.${i}.calendar`);
      const src = `definition '${d.id}', goal ${i + 1}${g.label ? ` (${g.label})` : ''}`;
      return {
        when: g.when,
        goal: goalOf(g.target, g.calendar === undefined ? base : g.calendar, src),
      };
    });
    selectGoal = goalSelector(goals);
  } else {
    const goal = goalOf(d.target!, base, `definition '${d.id}'`);
    selectGoal = () => goal;
  }
  const targets = d.goals ? d.goals.map((g) => g.target) : [d.target!];
  if (d.retroactive && targets.some((t) => typeof t === 'object' && 'dueField' in t))
    throw new SlaInputError(
      `${path}.retroactive`,
      'a retroactive start is not allowed with a due-date target (R27)',
    );
  const responseMetric = d.metric === 'first_response' || d.metric === 'next_response';
  return {
    id: d.id,
    name: d.name ?? d.id,
    type: d.type ?? 'SLA',
    metric: d.metric,
    from: d.effectiveFrom ? Date.parse(d.effectiveFrom) : -Infinity,
    input: d,
    active: d.active ?? true,
    selectGoal,
    pauseIn: new Set(d.pauseIn ?? defaultPauses[d.metric]),
    whenToCancel: d.whenToCancel ?? (d.metric === 'custom' ? 'startNotMet' : 'never'),
    whenToResume: d.whenToResume ?? 'pauseNotMet',
    onTargetChange:
      d.metric === 'first_response' ? 'recalculate' : (d.onTargetChange ?? 'recalculate'),
    onReopen:
      d.onReopen ?? (responseMetric || d.metric === 'periodic_update' ? 'newCycle' : 'resumeCycle'),
    majorGoal: null,
    thresholds: [...(d.thresholds ?? defaultThresholds)].sort((a, b) => a - b),
    timeLeft: (d.timeLeftThresholds ?? [])
      .map((t) => ({ ms: parseDuration(t.timeLeft)! * 1000, label: t.label ?? `<${t.timeLeft}` }))
      .sort((a, b) => a.ms - b.ms),
    escalations: (d.escalations ?? []).map((e) => ({
      ms: parseDuration(e.before)! * 1000,
      label: e.label ?? `${e.before} before the deadline`,
    })),
  };
}
