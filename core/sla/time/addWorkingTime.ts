// The due instant of a working-time target (R10): walks intervals, never minutes.
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { horizonMs, SlaHorizonError } from '../slaErrors';

const none: readonly number[] = [];

/**
 * The earliest `t ≥ start` with `workingTime(start, t) = durationMs`. An off-hours start counts
 * from the next working instant; a duration used up exactly at an interval end gives that end
 * (17:00, not the next morning). Throws RangeError for a duration ≤ 0 and SlaHorizonError past 5
 * years (R53).
 * @example addWorkingTime(bh, Date.parse('2025-06-02T09:00Z'), 24 * 3_600_000) // Wed 17:00 (TC-03)
 */
export function addWorkingTime(
  calendar: WorkingCalendar,
  start: number,
  durationMs: number,
  exclusions: readonly number[] = none,
): number {
  if (!(durationMs > 0))
    throw new RangeError(`a working-time target must be positive, got ${durationMs} ms`);
  // The walk of forEachWorkingSpan, inlined: no callback per span on the hub's hot path.
  const end = start + horizonMs;
  const lastDay = calendar.dayOf(end - 1);
  let left = durationMs;
  let k = 0;
  const n = exclusions.length;
  for (let day = calendar.dayOf(start); day <= lastDay; day++) {
    const spans = calendar.intervalsOn(day);
    for (let i = 0; i < spans.length; i += 2) {
      let cur = spans[i]! > start ? spans[i]! : start;
      const stop = spans[i + 1]! < end ? spans[i + 1]! : end;
      if (cur >= stop) continue;
      while (k < n && exclusions[k + 1]! <= cur) k += 2;
      for (let j = k; j < n && exclusions[j]! < stop; j += 2) {
        const pauseStart = exclusions[j]!;
        if (pauseStart > cur) {
          if (pauseStart - cur >= left) return cur + left;
          left -= pauseStart - cur;
        }
        if (exclusions[j + 1]! > cur) cur = exclusions[j + 1]!;
      }
      if (cur < stop) {
        if (stop - cur >= left) return cur + left;
        left -= stop - cur;
      }
    }
  }
  throw new SlaHorizonError('addWorkingTime', start);
}
