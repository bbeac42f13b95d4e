// Which holiday rule (R4) takes a whole local date off; partial exclusions are returned apart.
import type { HolidayRule } from './calendarSchema';
import { dayOfIsoDate, daysInMonth, partsOfDay, weekdayOfDay, weekdays } from './localDate';

/**
 * The name of the whole-day holiday on local `day`, or null.
 * @example holidayOn([{ month: 12, day: 25, name: 'Christmas' }], dayOfIsoDate('2025-12-25')) // 'Christmas'
 */
export function holidayOn(rules: readonly HolidayRule[], day: number): string | null {
  let parts: ReturnType<typeof partsOfDay> | undefined;
  for (const rule of rules) {
    if ('start' in rule) continue;
    const label = rule.name ?? 'holiday';
    if ('date' in rule) {
      if (dayOfIsoDate(rule.date) === day) return rule.name ?? rule.date;
    } else if ('from' in rule) {
      if (day >= dayOfIsoDate(rule.from) && day <= dayOfIsoDate(rule.to)) return label;
    } else {
      parts ??= partsOfDay(day);
      if (parts.month !== rule.month) continue;
      if ('day' in rule) {
        if (parts.dayOfMonth === rule.day) return label;
      } else if (weekdays[weekdayOfDay(day)] === rule.weekday) {
        const nth = Math.ceil(parts.dayOfMonth / 7);
        const last = parts.dayOfMonth + 7 > daysInMonth(parts.year, parts.month);
        if (rule.nth === nth || (rule.nth === -1 && last)) return label;
      }
    }
  }
  return null;
}
