// The plan of an SLA instance (R43): its due instant and threshold instants, found in one walk of
// the calendar and kept until a pause, resume or target change forgets it.
import { SlaHorizonError } from '../slaErrors';
import { addWorkingTime } from '../time/addWorkingTime';
import { addWorkingTimes } from '../time/addWorkingTimes';
import type { SlaInstance } from './slaInstance';

/**
 * Records a search past the horizon cap (R53) on the instance, which keeps the timer's other
 * figures and the ticket's other timers intact; any other error is thrown on.
 */
export function pastHorizon(i: SlaInstance, e: unknown): number {
  if (!(e instanceof SlaHorizonError)) throw e;
  i.error ??= e;
  return Infinity;
}

/** Whether every percent is above zero (then each threshold, like the due instant, is a walk). */
function allPositive(percents: readonly number[]): boolean {
  for (let k = 0; k < percents.length; k++) if (!(percents[k]! > 0)) return false;
  return true;
}

/** The last walk's working times: timers of one definition and target plan the same ones. */
let lastPercents: readonly number[] | null = null;
let lastTarget = NaN;
let lastWalk: readonly number[] = [];

/** Each percent's share of `targetMs`, then the target itself (read only: shared while equal). */
function walkFor(percents: readonly number[], targetMs: number): readonly number[] {
  if (percents !== lastPercents || targetMs !== lastTarget) {
    const walk: number[] = [];
    for (let k = 0; k < percents.length; k++) walk.push(targetMs * (percents[k]! / 100));
    walk.push(targetMs * 1);
    lastPercents = percents;
    lastTarget = targetMs;
    lastWalk = walk;
  }
  return lastWalk;
}

/** The due instant and every threshold of the current plan, from one walk of the calendar. */
export function planOf(i: SlaInstance): NonNullable<SlaInstance['plan']> {
  if (!i.plan) {
    const percents = i.def.thresholds;
    let at: number[];
    if (i.fixedDue === null && i.targetMs > 0 && percents.length > 0 && allPositive(percents)) {
      // The usual plan: every instant is a walk, found together in the percents' order and the
      // due instant last, so the walk's own array is the plan (no slots to copy back).
      const walk = walkFor(percents, i.targetMs);
      try {
        at = addWorkingTimes(i.calendar, i.startTime, walk, i.pauses);
      } catch (e) {
        const never = pastHorizon(i, e);
        at = walk.map(() => never);
      }
    } else at = mixedPlan(i, percents);
    const due = at.pop()!;
    let first = due;
    let last = due;
    for (let k = 0; k < at.length; k++) {
      if (at[k]! < first) first = at[k]!;
      if (at[k]! > last) last = at[k]!;
    }
    i.plan = { due, thresholds: null, percents, instants: at, first, last, known: 0 };
  }
  return i.plan;
}

/**
 * Each instant as reachedAt gives it, the due instant last, when some need no walk (a fixed due
 * date, a zero target or percent); those that need the calendar are found together.
 */
function mixedPlan(i: SlaInstance, percents: readonly number[]): number[] {
  const at: number[] = [];
  const walk: number[] = [];
  const slot: number[] = [];
  for (let k = 0; k <= percents.length; k++) {
    const fraction = k < percents.length ? percents[k]! / 100 : 1;
    if (i.fixedDue !== null && (fraction >= 1 || i.targetMs <= 0)) at.push(i.fixedDue);
    else if (fraction <= 0) at.push(i.startTime);
    else {
      slot.push(k);
      walk.push(i.targetMs * fraction);
      at.push(NaN);
    }
  }
  try {
    if (walk.length === 1)
      at[slot[0]!] = addWorkingTime(i.calendar, i.startTime, walk[0]!, i.pauses);
    else if (walk.length > 1) {
      const found = addWorkingTimes(i.calendar, i.startTime, walk, i.pauses);
      for (let k = 0; k < slot.length; k++) at[slot[k]!] = found[k]!;
    }
  } catch (e) {
    const never = pastHorizon(i, e);
    for (let k = 0; k < slot.length; k++) at[slot[k]!] = never;
  }
  return at;
}
