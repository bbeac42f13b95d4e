// The calendar arithmetic cases of spec §5.1 and the pause cases that are pure arithmetic.
import { describe, expect, it } from 'vitest';
import { addWorkingTime } from './addWorkingTime';
import { workingTime } from './workingTime';
import { isWorkingInstant, nextWorkingInstant } from './nextWorkingInstant';
import { compileCalendar, alwaysCalendar } from '../calendar/workingCalendar';
import type { CalendarInput } from '../calendar/calendarSchema';

const H = 3_600_000;
const M = 60_000;
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

describe('addWorkingTime and workingTime', () => {
  it('TC-01: off-hours start counts from the next working instant', () => {
    const c = bh('08:00', '17:00');
    const start = t('2014-12-12T21:00Z');
    expect(workingTime(c, start, t('2014-12-15T09:30Z'))).toBe(1.5 * H);
    expect(iso(addWorkingTime(c, start, 8 * H))).toBe('2014-12-15T16:00:00.000Z');
  });
  it('TC-02: the overnight gap does not count', () => {
    expect(workingTime(bh('09:00', '17:00'), t('2025-06-02T14:00Z'), t('2025-06-03T09:00Z'))).toBe(
      3 * H,
    );
  });
  it('TC-03: 24 working hours end at an interval end, not the next start (R10)', () => {
    expect(iso(addWorkingTime(bh('09:00', '17:00'), t('2025-06-02T09:00Z'), 24 * H))).toBe(
      '2025-06-04T17:00:00.000Z',
    );
  });
  it('TC-04: an uneven week', () => {
    const c = cal({
      mon: [{ start: '09:00', end: '17:00' }],
      tue: [{ start: '09:00', end: '16:00' }],
      thu: [{ start: '08:00', end: '17:00' }],
    });
    expect(iso(addWorkingTime(c, t('2025-06-02T11:00Z'), 16 * H))).toBe('2025-06-05T11:00:00.000Z');
  });
  it('TC-06: 00:00–23:59 every day means 24 h a day', () => {
    const c = cal([{ days: [...weekdays, 'sat', 'sun'], start: '00:00', end: '23:59' }]);
    expect(iso(addWorkingTime(c, t('2020-09-04T23:30Z'), 60 * M))).toBe('2020-09-05T00:30:00.000Z');
  });
  it('TC-08: a partial-day exclusion', () => {
    const c = bh('09:00', '17:00', 'UTC', {
      holidays: [{ date: '2006-01-02', start: '10:00', end: '11:30' }],
    });
    expect(iso(addWorkingTime(c, t('2006-01-02T09:00Z'), 2 * H))).toBe('2006-01-02T12:30:00.000Z');
  });
  it('TC-09: an overnight shift split at midnight', () => {
    const c = cal([{ days: [...weekdays], start: '22:00', end: '06:00' }]);
    expect(iso(addWorkingTime(c, t('2025-06-02T23:00Z'), 4 * H))).toBe('2025-06-03T03:00:00.000Z');
  });
  it('TC-11: DST spring-forward uses the offset of each date', () => {
    const c = bh('09:00', '17:00', 'America/New_York');
    expect(iso(addWorkingTime(c, t('2025-03-07T21:00Z'), 2 * H))).toBe('2025-03-10T14:00:00.000Z');
  });
  it('TC-12: a 24×7 local calendar counts real hours across DST', () => {
    const c = cal(
      [{ days: [...weekdays, 'sat', 'sun'], start: '00:00', end: '24:00' }],
      'Europe/Berlin',
    );
    expect(iso(addWorkingTime(c, t('2025-03-29T11:00Z'), 24 * H))).toBe('2025-03-30T11:00:00.000Z');
  });
  it('TC-14: an interval starting in the DST gap starts after it', () => {
    const c = cal({ sun: [{ start: '02:30', end: '05:00' }] }, 'America/Los_Angeles');
    expect(iso(nextWorkingInstant(c, t('2014-03-08T12:00Z')))).toBe('2014-03-09T10:30:00.000Z');
    const sp = cal({ sat: [{ start: '22:00', end: '24:00' }] }, 'America/Sao_Paulo');
    expect(iso(addWorkingTime(sp, t('2015-10-18T01:00Z'), 2 * H))).toBe('2015-10-18T03:00:00.000Z');
  });
  it('TC-19: a pause window inside the count', () => {
    const T = t('2025-01-01T12:00Z');
    expect(addWorkingTime(alwaysCalendar, T + 75 * M, 30 * M, [T + 90 * M, T + 120 * M])).toBe(
      T + 135 * M,
    );
  });
  it('TC-20: working minutes exclude pending', () => {
    const c0 = t('2025-01-01T00:00Z');
    const pending = [c0 + 90 * M, c0 + 120 * M];
    expect(workingTime(alwaysCalendar, c0, c0 + 120 * M, pending)).toBe(90 * M);
    expect(workingTime(alwaysCalendar, c0 + 30 * M, c0 + 120 * M, pending)).toBe(60 * M);
    expect(workingTime(alwaysCalendar, c0, c0 + 30 * M, pending)).toBe(30 * M);
  });
  it('TC-25: a pause over off-hours is excluded once', () => {
    const c = bh('09:00', '17:00');
    const pause = [t('2025-06-02T16:00Z'), t('2025-06-03T10:00Z')];
    expect(workingTime(c, pause[0]!, pause[1]!)).toBe(2 * H);
    expect(iso(addWorkingTime(c, t('2025-06-02T09:00Z'), 8 * H, pause))).toBe(
      '2025-06-03T11:00:00.000Z',
    );
  });
  it('rejects zero targets and caps the search (R10, R53)', () => {
    expect(() => addWorkingTime(alwaysCalendar, 0, 0)).toThrow(RangeError);
    const once = cal({ mon: [{ start: '09:00', end: '10:00' }] }, 'UTC', {
      holidays: [{ from: '2025-01-01', to: '2035-01-01' }],
    });
    expect(() => addWorkingTime(once, t('2025-06-02T00:00Z'), H)).toThrow(/horizon cap, R53/);
  });
  it('knows whether an instant is working time (R23)', () => {
    const c = bh('09:00', '17:00');
    expect(isWorkingInstant(c, t('2025-06-02T18:00Z'))).toBe(false);
    expect(isWorkingInstant(c, t('2025-06-02T09:00Z'))).toBe(true);
  });
});
