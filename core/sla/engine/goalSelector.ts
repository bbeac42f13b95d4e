// Goal selection (R39–R41): targets compiled from their input, the first goal of a definition
// whose condition holds, and the first matching policy's target for a metric and priority.
import {
  matchCondition,
  type Condition,
  type ConditionContext,
  type FieldValue,
} from './condition';
import type { CompiledDefinition, CompiledGoal, Target } from './compileSlaCase';
import { parseDuration } from './duration';
import type { Metric, PolicyInput, TargetInput } from './definitionSchema';

/**
 * A target input as the engine reads it: durations in ms, business days, or a due-date field.
 * @example compileTarget('1d 2h') // { kind: 'duration', ms: 93_600_000 }
 */
export function compileTarget(t: TargetInput): Target {
  if (typeof t === 'string') return { kind: 'duration', ms: parseDuration(t)! * 1000 };
  if ('seconds' in t) return { kind: 'duration', ms: t.seconds * 1000 };
  if ('duration' in t) return { kind: 'duration', ms: parseDuration(t.duration)! * 1000 };
  if ('businessDays' in t)
    return { kind: 'businessDays', days: t.businessDays, endOfDay: t.endOfDay ?? false };
  return { kind: 'relative', field: t.dueField };
}

/** A compiled goal; its key tells two goals apart (R29: a change of target). */
export function goalOf(
  target: TargetInput,
  calendarId: string | null,
  source: string,
): CompiledGoal {
  const compiled = compileTarget(target);
  return { target: compiled, calendarId, source, key: `${JSON.stringify(compiled)}@${calendarId}` };
}

/** `{ field, eq }` and nothing else: the shape of the usual goal list (one goal per priority). */
const isFieldEq = (c: Condition): c is { field: string; eq: FieldValue } =>
  'field' in c && c.eq !== undefined && Object.keys(c).length === 2;

/** No field value: what a selector has answered for before its first question. */
const noValue = Symbol('no value');

/**
 * The first goal whose `when` holds (R40). When every `when` tests one field for equality, the
 * field is read once per event instead of once per goal (the hub's hot path).
 */
export function goalSelector(
  goals: { when: Condition | undefined; goal: CompiledGoal }[],
): CompiledDefinition['selectGoal'] {
  const field = goals.find((g) => g.when)?.when;
  if (
    field &&
    isFieldEq(field) &&
    goals.every((g) => !g.when || (isFieldEq(g.when) && g.when.field === field.field))
  ) {
    const name = field.field;
    const eqs = goals.map((g) => (g.when ? (g.when as { eq: FieldValue }).eq : undefined));
    // The field seldom changes between events: the last answer is kept for its value.
    let lastValue: unknown = noValue;
    let lastGoal: CompiledGoal | null = null;
    return (ctx) => {
      const v = ctx.get(name) ?? null;
      if (v === lastValue) return lastGoal;
      let goal: CompiledGoal | null = null;
      for (let k = 0; k < goals.length; k++) {
        const eq = eqs[k];
        if (eq === undefined || eq === v) {
          goal = goals[k]!.goal;
          break;
        }
      }
      lastValue = v;
      return (lastGoal = goal);
    };
  }
  return (ctx) => goals.find((g) => !g.when || matchCondition(g.when, ctx))?.goal ?? null;
}

/** The goal selector of a metric under ordered policies (R39: by position, never by name). */
export function policyGoal(policies: PolicyInput[], metric: Metric) {
  const sorted = [...policies].sort((a, b) => a.position - b.position);
  return (ctx: ConditionContext): CompiledGoal | null => {
    const policy = sorted.find(
      (p) =>
        (p.filter?.all ?? []).every((c) => matchCondition(c, ctx)) &&
        (!p.filter?.any?.length || p.filter.any.some((c) => matchCondition(c, ctx))),
    );
    if (!policy) return null;
    const priority = ctx.get('priority');
    const target = policy.targets.find(
      (t) => t.metric === metric && (t.priority === undefined || t.priority === priority),
    );
    if (!target) return null;
    const calendar = target.businessHours === false ? null : (policy.calendar ?? null);
    const label = `policy '${policy.title ?? policy.id}' (position ${policy.position})${target.priority ? `, priority ${target.priority}` : ''}`;
    return goalOf(target.target, calendar, label);
  };
}
