// The calendar arithmetic cases of spec §5.1 and the pause cases that are pure arithmetic.
import { describe, expect, it } from 'vitest';
import { businessDaysDue } from './businessDaysDue';
import { compileCalendar } from '../calendar/workingCalendar';
import type { CalendarInput } from '../calendar/calendarSchema';

const t = (s: string) => Date.parse(s);
const iso = (ms: number) => new Date(ms).toISOString();
const cal = (
  weekly: CalendarInput['weekly'],
  timeZone = 'UTC',
  extra: Partial<CalendarInput> = {},
) => compileCalendar({ id: 'c', timeZone, weekly, ...extra }, timeZone);
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const bh = (a: string, b: string, tz = 'UTC', extra: Partial<CalendarInput> = {}) =>
  cal([{ days: [...weekdays], start: a, end: b }], tz, extra);

describe('businessDaysDue (R13)', () => {
  const c = bh('09:00', '17:00', 'UTC', { holidays: [{ date: '2025-06-04' }] });
  it('ends n working days later at the same local time, skipping holidays', () => {
    expect(iso(businessDaysDue(c, t('2025-06-02T10:00Z'), 3, false))).toBe(
      '2025-06-06T10:00:00.000Z',
    );
    expect(iso(businessDaysDue(c, t('2025-06-06T16:00Z'), 1, false))).toBe(
      '2025-06-09T16:00:00.000Z',
    );
  });
  it('or at the end of the working day; an off-hours start counts from the next opening', () => {
    expect(iso(businessDaysDue(c, t('2025-06-02T10:00Z'), 1, true))).toBe(
      '2025-06-03T17:00:00.000Z',
    );
    expect(iso(businessDaysDue(c, t('2025-06-02T20:00Z'), 1, false))).toBe(
      '2025-06-05T09:00:00.000Z',
    );
  });
});
