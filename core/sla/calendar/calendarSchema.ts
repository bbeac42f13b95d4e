// The calendar a team writes (R1–R4, R8): weekly local intervals, holidays of every kind,
// extra working dates and child calendars, parsed into a typed value or a field-named error.
import * as z from 'zod/mini';
import { isKnownTimeZone } from './zoneOffset';
import { weekdays } from './localDate';

const timePattern = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** `HH:MM` from 00:00 to 24:00. */
export const timeOfDaySchema = z.string().check(
  z.regex(timePattern, {
    error: (iss) => `'${String(iss.input)}' is not a time of day (HH:MM from 00:00 to 24:00)`,
  }),
);

const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const isoDateSchema = z.string().check(
  z.regex(datePattern, { error: (iss) => `'${String(iss.input)}' is not a date (YYYY-MM-DD)` }),
  z.refine((s) => new Date(s + 'T00:00:00Z').toISOString().slice(0, 10) === s, {
    error: (iss) => `'${String(iss.input)}' is not a real date`,
  }),
);

export const timeZoneSchema = z.string().check(
  z.refine((tz) => tz === 'floating' || isKnownTimeZone(tz), {
    error: (iss) =>
      `unknown time zone '${String(iss.input)}' (expected an IANA name or 'floating')`,
  }),
);

export const weekdaySchema = z.enum(weekdays);

/** A local interval `[start, end)`; `end ≤ start` is an overnight shift (R3), `23:59` ends at 24:00 (R2). */
export const intervalSchema = z.strictObject({ start: timeOfDaySchema, end: timeOfDaySchema });

const weeklyByDay = z.strictObject(
  Object.fromEntries(weekdays.map((d) => [d, z.optional(z.array(intervalSchema))])) as Record<
    (typeof weekdays)[number],
    z.ZodMiniOptional<z.ZodMiniArray<typeof intervalSchema>>
  >,
);
const weeklyRows = z.array(
  z.strictObject({
    days: z.array(weekdaySchema).check(z.minLength(1)),
    start: timeOfDaySchema,
    end: timeOfDaySchema,
  }),
);

const name = z.optional(z.string().check(z.maxLength(120)));
export const holidayRuleSchema = z.union([
  /** A partial-day exclusion (a break, a half-day closure). */
  z.strictObject({ date: isoDateSchema, start: timeOfDaySchema, end: timeOfDaySchema, name }),
  z.strictObject({ date: isoDateSchema, name }),
  z.strictObject({ from: isoDateSchema, to: isoDateSchema, name }),
  /** Every year on a month-day ("perpetual"). */
  z.strictObject({
    month: z.int().check(z.gte(1), z.lte(12)),
    day: z.int().check(z.gte(1), z.lte(31)),
    name,
  }),
  /** Every year on the n-th weekday of a month; `nth: -1` is the last one. */
  z.strictObject({
    month: z.int().check(z.gte(1), z.lte(12)),
    weekday: weekdaySchema,
    nth: z.union([z.literal(-1), z.int().check(z.gte(1), z.lte(5))]),
    name,
  }),
]);

export const calendarSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** An IANA zone, or 'floating': the zone then comes from the definition's timeZoneSource (R5). */
  timeZone: timeZoneSchema,
  weekly: z.union([weeklyByDay, weeklyRows]),
  holidays: z.optional(z.array(holidayRuleSchema)),
  extraWorking: z.optional(
    z.array(z.strictObject({ date: isoDateSchema, start: timeOfDaySchema, end: timeOfDaySchema })),
  ),
  children: z.optional(
    z.array(z.strictObject({ calendarId: z.string(), mode: z.enum(['include', 'exclude']) })),
  ),
  /**
   * R9: from this instant on, this version of the calendar (same id) applies to running and paused
   * timers; timers completed before it keep the version they were judged on.
   */
  effectiveFrom: z.optional(
    z.iso.datetime({ offset: false, message: 'expected a UTC ISO-8601 instant' }),
  ),
});

export type CalendarInput = z.infer<typeof calendarSchema>;
export type HolidayRule = z.infer<typeof holidayRuleSchema>;
export type Interval = z.infer<typeof intervalSchema>;
