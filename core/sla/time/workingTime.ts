// Business elapsed time between two instants (R11): working spans only, minus exclusions.
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { horizonMs } from '../slaErrors';

const none: readonly number[] = [];
/** Spans longer than this are summed from the totals, not walked (both give the same figure). */
const LONG_SPAN = 14 * 86_400_000;

/**
 * Working ms in `[a, b)` on `calendar`, outside `exclusions` (merged spans, e.g. pauses).
 * @example workingTime(bh, Date.parse('2025-06-02T14:00Z'), Date.parse('2025-06-03T09:00Z')) // 3 h (TC-02)
 */
export function workingTime(
  calendar: WorkingCalendar,
  a: number,
  b: number,
  exclusions: readonly number[] = none,
): number {
  // Past a few days, two lookups in the calendar's running totals (a ticket open for months costs
  // no more than a new one); the walk below for shorter spans, where it is cheaper, and when the
  // totals cannot say exactly.
  if (calendar.totals && b - a > LONG_SPAN) {
    const summed = calendar.totals.between(a, b, exclusions);
    if (summed === summed) return summed;
  }
  // The walk of forEachWorkingSpan, inlined: no callback per span.
  const end = Math.min(b, a + horizonMs);
  if (!(end > a)) return 0;
  const lastDay = calendar.dayOf(end - 1);
  let total = 0;
  let k = 0;
  const n = exclusions.length;
  for (let day = calendar.dayOf(a); day <= lastDay; day++) {
    const spans = calendar.intervalsOn(day);
    for (let i = 0; i < spans.length; i += 2) {
      let cur = spans[i]! > a ? spans[i]! : a;
      const stop = spans[i + 1]! < end ? spans[i + 1]! : end;
      if (cur >= stop) continue;
      while (k < n && exclusions[k + 1]! <= cur) k += 2;
      for (let j = k; j < n && exclusions[j]! < stop; j += 2) {
        if (exclusions[j]! > cur) total += exclusions[j]! - cur;
        if (exclusions[j + 1]! > cur) cur = exclusions[j + 1]!;
      }
      if (cur < stop) total += stop - cur;
    }
  }
  return total;
}
