// One SLA instance (R15) and the arithmetic on it: elapsed business time with its pauses, the
// planned due and threshold instants, and breach/threshold recording without back-dating (R24–R28).
import type { WorkingCalendar } from '../calendar/workingCalendar';
import type { SlaHorizonError } from '../slaErrors';
import { addWorkingTime } from '../time/addWorkingTime';
import { workingTime } from '../time/workingTime';
import { withSpan } from '../time/spans';
import type { CompiledDefinition, CompiledGoal } from './compileSlaCase';
import { pastHorizon, planOf } from './instancePlan';

export { pastHorizon };

export type Stage = 'in_progress' | 'paused' | 'completed' | 'cancelled';

export interface Crossing {
  at: number;
  /** False when it was only marked (attached already past it, R28). */
  notify: boolean;
}

export interface BreachRecord {
  recordedAt: number;
  dueAt: number;
  notify: boolean;
  retracted: boolean;
  retractedAt: number | null;
}

export interface SlaInstance {
  def: CompiledDefinition;
  cycle: number;
  stage: Stage;
  startTime: number;
  attachedAt: number;
  stopTime: number | null;
  stopReason: string | null;
  /** Closed pause spans, merged. */
  pauses: number[];
  pausedSince: number | null;
  goal: CompiledGoal;
  calendar: WorkingCalendar;
  /** Which version of its calendar (R9: re-evaluated when a new one takes effect). */
  calendarVersion: number;
  timeZone: string;
  /** The target as working ms (businessDays and due dates are converted at selection). */
  targetMs: number;
  /** For due-date targets: the fixed due instant (R12). */
  fixedDue: number | null;
  originalDueAt: number | null;
  crossed: Map<number, Crossing>;
  breaches: BreachRecord[];
  targetChanges: { at: number; from: string; to: string; mode: string }[];
  escalated: boolean;
  /** Read only by explanations: a note may be kept unformatted until then (String(note)). */
  notes: (string | SlaNote)[];
  /**
   * A search past the horizon cap (R53) this timer ran into: its due and threshold instants are
   * then unknown (Infinity inside, null outside) and it crosses nothing by time alone.
   */
  error: SlaHorizonError | null;
  /** The due and threshold instants, and the percents (`def.thresholds`) they were planned for. */
  plan: {
    due: number;
    /** Percent → instant, built when first asked for (thresholdPlan). */
    thresholds: Map<number, number> | null;
    percents: readonly number[];
    /** The threshold instants again, in the order of `percents` (walked without an iterator). */
    instants: number[];
    /** The earliest of them all: before it, time alone crosses nothing. */
    first: number;
    /** The latest of them all: a pause from then on moves none of them. */
    last: number;
    /** Bit k: `percents[k]` is known crossed (crossings are never undone), so not looked up. */
    known: number;
  } | null;
}

/** A note whose text is built when an explanation reads it (the hub's queue path never does). */
export interface SlaNote {
  toString(): string;
}

/** A new instance of `def` counting from `startAt`, attached at `t`; its goal is applied next. */
export function createInstance(
  def: CompiledDefinition,
  cycle: number,
  goal: CompiledGoal,
  startAt: number,
  t: number,
): SlaInstance {
  return {
    def,
    cycle,
    stage: 'in_progress',
    startTime: startAt,
    attachedAt: t,
    stopTime: null,
    stopReason: null,
    pauses: [],
    pausedSince: null,
    goal,
    calendar: undefined as never,
    calendarVersion: 0,
    timeZone: 'UTC',
    targetMs: 0,
    fixedDue: null,
    originalDueAt: null,
    crossed: new Map(),
    breaches: [],
    targetChanges: [],
    escalated: false,
    notes: [],
    error: null,
    plan: null,
  };
}

/** The current (not retracted) breach, if any. */
export function currentBreach(i: SlaInstance): BreachRecord | null {
  for (const b of i.breaches) if (!b.retracted) return b;
  return null;
}

/** Pauses up to `t`, the open one included. */
export function pausesUntil(i: SlaInstance, t: number): number[] {
  if (i.pausedSince === null || t <= i.pausedSince) return i.pauses;
  return withSpan(i.pauses, i.pausedSince, t);
}

/** Business time counted from start to `t` (or to the stop), outside pauses (R11, R22). */
export function businessElapsed(i: SlaInstance, t: number): number {
  const end = i.stopTime === null ? t : Math.min(t, i.stopTime);
  return workingTime(i.calendar, i.startTime, end, pausesUntil(i, end));
}

/** The instant a fraction of the target is reached with the closed pauses (R43, R44). */
export function reachedAt(i: SlaInstance, fraction: number): number {
  if (i.fixedDue !== null && (fraction >= 1 || i.targetMs <= 0)) return i.fixedDue;
  if (fraction <= 0) return i.startTime;
  try {
    return addWorkingTime(i.calendar, i.startTime, i.targetMs * fraction, i.pauses);
  } catch (e) {
    return pastHorizon(i, e);
  }
}

/** `addWorkingTime(calendar, from, ms)` for this instance: Infinity past the horizon cap (R53). */
export function workingTimeFrom(i: SlaInstance, from: number, ms: number): number {
  try {
    return addWorkingTime(i.calendar, from, ms);
  } catch (e) {
    return pastHorizon(i, e);
  }
}

/** The due instant, or null while paused (R21). */
export function dueAt(i: SlaInstance): number | null {
  if (i.pausedSince !== null) return null;
  return planOf(i).due;
}

/** The current plan's percents and their instants, in the definition's order (no Map built). */
export function thresholdInstants(i: SlaInstance): {
  percents: readonly number[];
  instants: readonly number[];
} {
  return planOf(i);
}

/** Threshold instants of the current plan (running instances only). */
export function thresholdPlan(i: SlaInstance): Map<number, number> | null {
  if (i.pausedSince !== null) return null;
  const plan = planOf(i);
  if (!plan.thresholds) {
    plan.thresholds = new Map<number, number>();
    for (let k = 0; k < plan.percents.length; k++)
      plan.thresholds.set(plan.percents[k]!, plan.instants[k]!);
  }
  return plan.thresholds;
}

/** Whether the plan holds for the instance's definition as it is now (a version may differ). */
export function planFits(i: SlaInstance): boolean {
  return i.plan !== null && i.plan.percents === i.def.thresholds;
}

/** Forget the plan after a pause, resume or target change (R43: thresholds are re-planned). */
export function replan(i: SlaInstance): void {
  i.plan = null;
}

/**
 * Forget the plan for a pause from `from` on, unless every instant it planned comes before the
 * pause (then the pause moves none of them: each is where working time first reaches its share).
 */
export function replanForPause(i: SlaInstance, from: number): void {
  if (i.plan !== null && !(from >= i.plan.last && planFits(i))) i.plan = null;
}

/** Whether the target is reached at `t` (R24: exact times, never a rounded percentage). */
export function isBreachedAt(i: SlaInstance, t: number): boolean {
  if (i.fixedDue !== null) return Math.min(t, i.stopTime ?? t) >= i.fixedDue;
  return businessElapsed(i, t) >= i.targetMs;
}

/**
 * Records what the passage of time crossed up to `t` while the instance ran: thresholds and the
 * breach at the instant they happened (continuous observation, R25). A paused instance crosses
 * nothing (R57).
 */
export function observeUntil(i: SlaInstance, t: number): void {
  if (i.stage !== 'in_progress' || i.pausedSince !== null) return;
  const plan = planOf(i);
  if (t < plan.first) return;
  for (let k = 0; k < plan.percents.length; k++) {
    const at = plan.instants[k]!;
    if (at > t || (plan.known & (1 << k)) !== 0) continue;
    const p = plan.percents[k]!;
    if (!i.crossed.has(p)) i.crossed.set(p, { at, notify: true });
    if (k < 31) plan.known |= 1 << k;
  }
  if (plan.due <= t && !currentBreach(i)) {
    i.breaches.push({
      recordedAt: plan.due,
      dueAt: plan.due,
      notify: true,
      retracted: false,
      retractedAt: null,
    });
  }
}

/**
 * After a change at `t` (attach, target change, pause edit): marks thresholds and a breach that
 * are now true at the change time, not earlier (no back-dating, R25), and retracts a breach the
 * change undid (R25).
 */
export function settleAt(i: SlaInstance, t: number, notify: boolean): void {
  const elapsed = businessElapsed(i, t);
  for (const p of i.def.thresholds) {
    const reached =
      i.fixedDue !== null && p >= 100 ? t >= i.fixedDue : elapsed >= (i.targetMs * p) / 100;
    if (!i.crossed.has(p) && reached) i.crossed.set(p, { at: t, notify });
  }
  // isBreachedAt, with the elapsed time just counted.
  const breached =
    i.fixedDue !== null ? Math.min(t, i.stopTime ?? t) >= i.fixedDue : elapsed >= i.targetMs;
  const current = currentBreach(i);
  if (breached && !current) {
    i.breaches.push({
      recordedAt: t,
      dueAt: i.plan ? i.plan.due : reachedAt(i, 1),
      notify,
      retracted: false,
      retractedAt: null,
    });
  } else if (!breached && current) {
    current.retracted = true;
    current.retractedAt = t;
  }
}
