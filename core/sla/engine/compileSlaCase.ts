// Turns a parsed case into what the evaluator walks: definitions (versioned, R20) with their goal
// selection, policies (R39–R41), calendars compiled per time zone (R5), events read as instants
// in checked order (R19).
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { alwaysCalendar, compileCalendar } from '../calendar/workingCalendar';
import type { CalendarInput } from '../calendar/calendarSchema';
import { isKnownTimeZone } from '../calendar/zoneOffset';
import { SlaInputError } from '../slaErrors';
import {
  matchCondition,
  type Condition,
  type ConditionContext,
  type FieldValue,
} from './condition';
import { parseDuration } from './duration';
import {
  statusCategories,
  type DefinitionInput,
  type Metric,
  type PolicyInput,
  type StatusCategory,
  type TargetInput,
} from './definitionSchema';
import type { CaseEvent, SlaCase } from './slaCaseSchema';

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
  calendarFor: (id: string | null, timeZone: string | null, path: string) => WorkingCalendar;
  calendarInputs: Map<string, CalendarInput>;
  statusOf: (raw: FieldValue) => StatusCategory;
  systemTimeZone: string;
  missingPriority: 'noSla' | 'useDefault';
  defaultPriority: string;
  reopenWindowMs: number;
  hasFirstResponse: boolean;
}

export interface CompiledCase extends CompiledSetup {
  events: { event: CaseEvent; at: number }[];
  now: number;
}

/** A case without its timeline: what a team's configuration holds. */
export type SlaSetup = Omit<SlaCase, 'events' | 'now' | 'expect' | 'description'>;

export function compileTarget(t: TargetInput): Target {
  if (typeof t === 'string') return { kind: 'duration', ms: parseDuration(t)! * 1000 };
  if ('seconds' in t) return { kind: 'duration', ms: t.seconds * 1000 };
  if ('duration' in t) return { kind: 'duration', ms: parseDuration(t.duration)! * 1000 };
  if ('businessDays' in t)
    return { kind: 'businessDays', days: t.businessDays, endOfDay: t.endOfDay ?? false };
  return { kind: 'relative', field: t.dueField };
}

function goalOf(target: TargetInput, calendarId: string | null, source: string): CompiledGoal {
  const compiled = compileTarget(target);
  return { target: compiled, calendarId, source, key: `${JSON.stringify(compiled)}@${calendarId}` };
}

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

/** `{ field, eq }` and nothing else: the shape of the usual goal list (one goal per priority). */
const isFieldEq = (c: Condition): c is { field: string; eq: FieldValue } =>
  'field' in c && c.eq !== undefined && Object.keys(c).length === 2;

/**
 * The first goal whose `when` holds (R40). When every `when` tests one field for equality, the
 * field is read once per event instead of once per goal (the hub's hot path).
 */
function goalSelector(
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
    return (ctx) => {
      const v = ctx.get(name) ?? null;
      for (let k = 0; k < goals.length; k++) {
        const eq = eqs[k];
        if (eq === undefined || eq === v) return goals[k]!.goal;
      }
      return null;
    };
  }
  return (ctx) => goals.find((g) => !g.when || matchCondition(g.when, ctx))?.goal ?? null;
}

function policyGoal(policies: PolicyInput[], metric: Metric) {
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

function compileDefinition(
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

/** Compiles calendars, definitions and policies; throws SlaInputError naming the field. */
export function compileSlaSetup(input: SlaSetup): CompiledSetup {
  const defaultThresholds = input.thresholds ?? [50, 75, 100];
  const calendarInputs = new Map<string, CalendarInput>();
  (input.calendars ?? []).forEach((c, i) => {
    if (calendarInputs.has(c.id))
      throw new SlaInputError(`calendars.${i}.id`, `duplicate calendar '${c.id}'`);
    calendarInputs.set(c.id, c);
  });
  const systemTimeZone = input.systemTimeZone ?? 'UTC';
  const compiled = new Map<string, WorkingCalendar>();
  // What calendarFor(id, null) gave: the lookup every timer of a fixed-zone calendar makes.
  const withoutZone = new Map<string, WorkingCalendar>();
  const calendarFor = (
    id: string | null,
    timeZone: string | null,
    path: string,
  ): WorkingCalendar => {
    if (id === null) return alwaysCalendar;
    if (timeZone === null) {
      const known = withoutZone.get(id);
      if (known) return known;
    }
    const cal = calendarInputs.get(id);
    if (!cal) throw new SlaInputError(path, `unknown calendar '${id}'`);
    const tz =
      cal.timeZone !== 'floating'
        ? cal.timeZone
        : timeZone && isKnownTimeZone(timeZone)
          ? timeZone
          : systemTimeZone;
    const key = `${id}@${tz}`;
    let c = compiled.get(key);
    if (!c) {
      const index = [...calendarInputs.keys()].indexOf(id);
      c = compileCalendar(
        cal,
        tz,
        (child) => calendarFor(child, tz, `calendars.${index}.children`),
        `calendars.${index}`,
      );
      compiled.set(key, c);
    }
    if (timeZone === null) withoutZone.set(id, c);
    return c;
  };
  // Validate every calendar up front (R8), so a bad one is reported even if no timer uses it yet.
  [...calendarInputs.keys()].forEach((id, i) => calendarFor(id, null, `calendars.${i}`));

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
    statusOf,
    systemTimeZone,
    missingPriority: input.missingPriority ?? 'useDefault',
    defaultPriority: input.defaultPriority ?? 'P3',
    reopenWindowMs: (input.reopenWindowDays ?? 14) * 86_400_000,
    hasFirstResponse: [...definitions.values()].some((v) =>
      v.some((d) => d.metric === 'first_response' && d.active),
    ),
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
