// The one pure entry point (R51): a JSON case (calendars, definitions or policies, the ticket's
// events, now) in; every timer of the ticket, explained, out — or an error naming the field.
import { parseWith, type FieldIssue } from '../../model/parse';
import { SlaHorizonError, SlaInputError } from '../slaErrors';
import { compileSlaCase, type CompiledCase } from './compileSlaCase';
import { describeTimer, type TimerResult } from './describeTimer';
import { lintDefinition } from './lintDefinitions';
import { runSlaTimeline } from './runSlaTimeline';
import { slaCaseSchema } from './slaCaseSchema';

export interface SlaResult {
  now: string;
  timers: TimerResult[];
  /** The soonest due instant of a running timer, and that timer's definition id. */
  nextDueAt: string | null;
  nextDueTimer: string | null;
  warnings: string[];
}

export type SlaOutcome =
  { ok: true; result: SlaResult } | { ok: false; message: string; issues: FieldIssue[] };

/** Evaluates an already compiled case (the fast path the hub takes with a cached config). */
export function evaluateCompiled(compiled: CompiledCase, explain = true): SlaResult {
  const instances = runSlaTimeline(compiled);
  // A case is checked whole: a timer past the horizon cap (R53) fails it, naming where the search
  // started (the hub's evaluateTicketSla keeps it on that timer instead).
  for (const i of instances) if (i.error) throw i.error;
  const timers = instances.map((i) => describeTimer(i, compiled.now, explain));
  let next: TimerResult | null = null;
  for (const t of timers) {
    if (t.stage === 'in_progress' && t.dueAt && (!next || t.dueAt < next.dueAt!)) next = t;
  }
  return {
    now: new Date(compiled.now).toISOString(),
    timers,
    nextDueAt: next?.dueAt ?? null,
    nextDueTimer: next?.definition ?? null,
    warnings: [],
  };
}

/** Warns when a calendar has no working day within 366 days of the ticket's creation (R8). */
function calendarWarnings(compiled: CompiledCase): string[] {
  const out: string[] = [];
  const from = compiled.events[0]!.at;
  for (const id of compiled.calendarInputs.keys()) {
    const cal = compiled.calendarFor(id, null, 'calendars');
    const first = cal.dayOf(from);
    let works = false;
    for (let d = first; d <= first + 366 && !works; d++) works = cal.intervalsOn(d).length > 0;
    if (!works)
      out.push(
        `calendar '${id}' has no working day within 366 days of ${compiled.events[0]!.event.at} (R8)`,
      );
  }
  return out;
}

/**
 * Parses, validates and evaluates a case; never throws.
 * @example evaluateSlaCase(JSON.parse(readFileSync('docs/sla-cases/TC-03.json', 'utf8')))
 */
export function evaluateSlaCase(input: unknown): SlaOutcome {
  const parsed = parseWith(slaCaseSchema, input);
  if (!parsed.ok) return { ok: false, message: parsed.message, issues: parsed.issues };
  try {
    const compiled = compileSlaCase(parsed.value);
    const result = evaluateCompiled(compiled, true);
    result.warnings = [
      ...(parsed.value.definitions ?? []).flatMap(lintDefinition),
      ...calendarWarnings(compiled),
    ];
    return { ok: true, result };
  } catch (e) {
    if (e instanceof SlaInputError)
      return { ok: false, message: e.message, issues: [{ path: e.path, message: e.message }] };
    if (e instanceof SlaHorizonError || e instanceof RangeError)
      return { ok: false, message: e.message, issues: [{ path: '(root)', message: e.message }] };
    throw e;
  }
}
