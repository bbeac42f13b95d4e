// Several working-time targets from one start in a single walk (R43: the thresholds and the due
// instant of one plan), each exactly what addWorkingTime gives for it.
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { DAY_MS } from '../calendar/localDate';
import { horizonMs, SlaHorizonError } from '../slaErrors';

/** Days walked one by one before the search over the running totals takes over. */
const LONG_WALK_DAYS = 14;

/**
 * `durations.map((d) => addWorkingTime(calendar, start, d, exclusions))`, walking the calendar
 * once. Throws as addWorkingTime would for the first duration ≤ 0, and SlaHorizonError when one
 * is not reached within 5 years (R53).
 * @example addWorkingTimes(bh, Date.parse('2025-06-02T09:00Z'), [4 * H, 8 * H]) // [13:00, 17:00]
 */
export function addWorkingTimes(
  calendar: WorkingCalendar,
  start: number,
  durations: readonly number[],
  exclusions: readonly number[],
): number[] {
  const count = durations.length;
  const due: number[] = [];
  for (let q = 0; q < count; q++) due.push(NaN);
  for (const d of durations)
    if (!(d > 0)) throw new RangeError(`a working-time target must be positive, got ${d} ms`);
  if (count === 0) return due;
  // `d - consumed` equals addWorkingTime's running `left` exactly: span lengths are whole ms.
  let consumed = 0;
  let open = count;
  const end = start + horizonMs;
  const n = exclusions.length;
  let k = 0;
  const firstDay = calendar.dayOf(start);
  // The horizon's last local day, asked of the calendar only when a walk gets near it: a day
  // five years on lies outside the zone's memoised days (its offset costs a map lookup).
  let lastDay = firstDay + Math.floor(horizonMs / DAY_MS) - 3;
  let exact = false;
  for (let day = firstDay; ; day++) {
    if (day > lastDay) {
      if (exact) break;
      exact = true;
      lastDay = calendar.dayOf(end - 1);
      if (day > lastDay) break;
    }
    // A walk past two weeks (long targets, long pauses) goes on as a search over the calendar's
    // running totals, which gives the same instants without a step per day.
    if (day - firstDay === LONG_WALK_DAYS && calendar.totals) {
      const found = durations.map(() => NaN);
      if (calendar.totals.addTo(start, durations, exclusions, found)) {
        for (let q = 0; q < count; q++)
          if (found[q] !== found[q]) throw new SlaHorizonError('addWorkingTime', start);
        return found;
      }
    }
    const spans = calendar.intervalsOn(day);
    for (let i = 0; i < spans.length; i += 2) {
      let cur = spans[i]! > start ? spans[i]! : start;
      const stop = spans[i + 1]! < end ? spans[i + 1]! : end;
      if (cur >= stop) continue;
      while (k < n && exclusions[k + 1]! <= cur) k += 2;
      for (let j = k; j <= n; j += 2) {
        // The last piece runs to the span's end; the others to the next exclusion.
        const last = j === n || exclusions[j]! >= stop;
        const to = last ? stop : exclusions[j]!;
        if (to > cur) {
          const len = to - cur;
          for (let q = 0; q < count; q++) {
            if (due[q] === due[q]) continue; // reached already
            const left = durations[q]! - consumed;
            if (len >= left) {
              due[q] = cur + left;
              open--;
            }
          }
          if (open === 0) return due;
          consumed += len;
        }
        if (last) break;
        if (exclusions[j + 1]! > cur) cur = exclusions[j + 1]!;
      }
    }
  }
  throw new SlaHorizonError('addWorkingTime', start);
}
