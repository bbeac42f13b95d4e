// Business elapsed time between two instants (R11): working spans only, minus exclusions.
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { forEachWorkingSpan } from './forEachWorkingSpan';

/**
 * Working ms in `[a, b)` on `calendar`, outside `exclusions` (merged spans, e.g. pauses).
 * @example workingTime(bh, Date.parse('2025-06-02T14:00Z'), Date.parse('2025-06-03T09:00Z')) // 3 h (TC-02)
 */
export function workingTime(
  calendar: WorkingCalendar,
  a: number,
  b: number,
  exclusions: readonly number[] = [],
): number {
  let total = 0;
  forEachWorkingSpan(calendar, a, b, exclusions, (s, e) => {
    total += e - s;
    return false;
  });
  return total;
}
