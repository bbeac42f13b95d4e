// Turns a parsed case into what the evaluator walks: definitions (versioned, R20) with their goal
// selection, policies (R39–R41), calendars compiled per time zone (R5), events read as instants
// in checked order (R19).
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { alwaysCalendar, compileCalendar } from '../calendar/workingCalendar';
import type { CalendarInput } from '../calendar/calendarSchema';
import { isKnownTimeZone } from '../calendar/zoneOffset';
import { SlaInputError } from '../slaErrors';
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
  calendarFor: (id: string | null, timeZone: string | null, path: string) => WorkingCalendar;
  calendarInputs: Map<string, CalendarInput>;
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
