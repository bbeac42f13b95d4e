// Local dates as day numbers (days since 1970-01-01) and times of day as minutes: the units
// calendars are written in.

export const DAY_MS = 86_400_000;
export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

/**
 * Day number of an ISO date `YYYY-MM-DD`.
 * @example dayOfIsoDate('1970-01-02') // 1
 */
export function dayOfIsoDate(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
}

/** ISO date `YYYY-MM-DD` of a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Year, month (1–12) and day of month of a day number. */
export function partsOfDay(day: number): { year: number; month: number; dayOfMonth: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, dayOfMonth: d.getUTCDate() };
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Minutes since midnight of `HH:MM`; `24:00` is 1440.
 * @example minutesOfTime('09:30') // 570
 */
export function minutesOfTime(time: string): number {
  return +time.slice(0, 2) * 60 + +time.slice(3, 5);
}
