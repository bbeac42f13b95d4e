// Where counting begins (R10, R12): the instant itself if it is working time, else the next one.
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { SlaHorizonError } from '../slaErrors';
import { forEachWorkingSpan } from './forEachWorkingSpan';

/**
 * The first working instant at or after `t` (outside `exclusions`).
 * @example nextWorkingInstant(bh, Date.parse('2017-01-11T20:30Z')) // Thu 08:00 (TC-17)
 */
export function nextWorkingInstant(
  calendar: WorkingCalendar,
  t: number,
  exclusions: readonly number[] = [],
): number {
  let found = NaN;
  forEachWorkingSpan(calendar, t, Infinity, exclusions, (s) => {
    found = s;
    return true;
  });
  if (Number.isNaN(found)) throw new SlaHorizonError('nextWorkingInstant', t);
  return found;
}

/** Whether `t` lies in working time (for `withinCalendarHours`, R23). */
export function isWorkingInstant(calendar: WorkingCalendar, t: number): boolean {
  const spans = calendar.intervalsOn(calendar.dayOf(t));
  for (let i = 0; i < spans.length; i += 2) if (t >= spans[i]! && t < spans[i + 1]!) return true;
  return false;
}
