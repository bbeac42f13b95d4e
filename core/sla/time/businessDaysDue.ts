// `businessDays(n)` targets (R13, GLPI semantics): n working days later at the same local time,
// or at the end of that working day.
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { SlaHorizonError } from '../slaErrors';
import { nextWorkingInstant } from './nextWorkingInstant';

/**
 * Due instant of a `businessDays(n, endOfDay)` target started at `start`. Counting begins at the
 * next working instant; a day counts if it has any working time. The time of day is clamped into
 * the due day's working hours.
 * @example businessDaysDue(bh, Date.parse('2025-06-02T10:00Z'), 3, false) // Thu 2025-06-05 10:00
 */
export function businessDaysDue(
  calendar: WorkingCalendar,
  start: number,
  days: number,
  endOfDay: boolean,
): number {
  if (!(days > 0)) throw new RangeError(`businessDays needs n ≥ 1, got ${days}`);
  const s = nextWorkingInstant(calendar, start);
  const first = calendar.dayOf(s);
  const msOfDay = s - calendar.atLocal(first, 0);
  let day = first;
  for (let counted = 0; counted < days;) {
    day++;
    if (day - first > 5 * 366) throw new SlaHorizonError('businessDays', start);
    if (calendar.intervalsOn(day).length > 0) counted++;
  }
  const spans = calendar.intervalsOn(day);
  const open = spans[0]!;
  const close = spans[spans.length - 1]!;
  if (endOfDay) return close;
  return Math.min(close, Math.max(open, calendar.atLocal(day, msOfDay)));
}
