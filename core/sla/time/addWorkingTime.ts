// The due instant of a working-time target (R10): walks intervals, never minutes.
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { addWorkingTimes } from './addWorkingTimes';

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
  // One walk for one target: the interval walk lives once, in addWorkingTimes.
  return addWorkingTimes(calendar, start, [durationMs], exclusions)[0]!;
}
