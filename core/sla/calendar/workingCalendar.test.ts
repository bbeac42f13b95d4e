import { describe, expect, it } from 'vitest';
import { alwaysCalendar, compileCalendar, weeklyMinutes } from './workingCalendar';
import { dayOfIsoDate } from './localDate';
import type { CalendarInput } from './calendarSchema';

const iso = (spans: readonly number[]) => spans.map((ms) => new Date(ms).toISOString());
const day = dayOfIsoDate;

describe('weeklyMinutes', () => {
  it('splits overnight shifts at midnight onto the next weekday (R3) and reads 23:59 as 24:00', () => {
    const week = weeklyMinutes({
      mon: [{ start: '22:00', end: '06:00' }],
      sun: [{ start: '00:00', end: '23:59' }],
    });
    expect(week[1]).toEqual([1320, 1440]);
    expect(week[2]).toEqual([0, 360]);
    expect(week[0]).toEqual([0, 1440]);
  });
  it('merges overlapping intervals (R8)', () => {
    const week = weeklyMinutes([
      { days: ['tue'], start: '09:00', end: '12:00' },
      { days: ['tue'], start: '11:00', end: '13:00' },
    ]);
    expect(week[2]).toEqual([540, 780]);
  });
});

describe('compileCalendar', () => {
  const bh: CalendarInput = {
    id: 'bh',
    timeZone: 'America/New_York',
    weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
    holidays: [
      { date: '2025-07-04', name: 'Independence Day' },
      { date: '2025-07-07', start: '12:00', end: '13:00', name: 'lunch' },
    ],
    extraWorking: [{ date: '2025-07-05', start: '10:00', end: '12:00' }],
  };
  const cal = compileCalendar(bh, bh.timeZone);
  it('maps local intervals to instants with the offset of each date (R6)', () => {
    expect(iso(cal.intervalsOn(day('2025-03-07')))).toEqual([
      '2025-03-07T14:00:00.000Z',
      '2025-03-07T22:00:00.000Z',
    ]);
    expect(iso(cal.intervalsOn(day('2025-03-10')))).toEqual([
      '2025-03-10T13:00:00.000Z',
      '2025-03-10T21:00:00.000Z',
    ]);
  });
  it('applies holidays, partial exclusions and extra working dates (R4)', () => {
    expect(cal.intervalsOn(day('2025-07-04'))).toEqual([]);
    expect(cal.holidayOn(day('2025-07-04'))).toBe('Independence Day');
    expect(iso(cal.intervalsOn(day('2025-07-05')))).toEqual([
      '2025-07-05T14:00:00.000Z',
      '2025-07-05T16:00:00.000Z',
    ]);
    expect(cal.intervalsOn(day('2025-07-07'))).toHaveLength(4);
  });
  it('removes overnight fragments lying on a holiday (decision 6)', () => {
    const night = compileCalendar(
      {
        id: 'n',
        timeZone: 'UTC',
        weekly: { mon: [{ start: '22:00', end: '06:00' }] },
        holidays: [{ date: '2025-06-03' }],
      },
      'UTC',
    );
    expect(iso(night.intervalsOn(day('2025-06-02')))).toEqual([
      '2025-06-02T22:00:00.000Z',
      '2025-06-03T00:00:00.000Z',
    ]);
    expect(night.intervalsOn(day('2025-06-03'))).toEqual([]);
  });
  it('counts a 24×7 local day in real hours: 23 h in spring, 25 h in autumn (R6)', () => {
    const local = compileCalendar(
      {
        id: 'l',
        timeZone: 'Europe/Berlin',
        weekly: [{ days: ['sun'], start: '00:00', end: '24:00' }],
      },
      'Europe/Berlin',
    );
    const len = (d: string) => {
      const [a, b] = local.intervalsOn(day(d));
      return (b! - a!) / 3_600_000;
    };
    expect(len('2025-03-30')).toBe(23);
    expect(len('2025-10-26')).toBe(25);
  });
  it('includes and excludes child calendars', () => {
    const closures = compileCalendar(
      { id: 'c', timeZone: 'UTC', weekly: [{ days: ['mon'], start: '12:00', end: '13:00' }] },
      'UTC',
    );
    const parent = compileCalendar(
      {
        id: 'p',
        timeZone: 'UTC',
        weekly: [{ days: ['mon'], start: '09:00', end: '17:00' }],
        children: [{ calendarId: 'c', mode: 'exclude' }],
      },
      'UTC',
      (id) => (id === 'c' ? closures : undefined),
    );
    expect(parent.intervalsOn(day('2025-06-02'))).toHaveLength(4);
  });
  it('rejects a calendar with no working time (R8)', () => {
    expect(() =>
      compileCalendar({ id: 'none', timeZone: 'UTC', weekly: { mon: [] } }, 'UTC'),
    ).toThrow(/calendar none.weekly: the calendar has no working time in any week/);
  });
  it('has a 24×7 calendar that ignores holidays (R58)', () => {
    expect(alwaysCalendar.intervalsOn(1)).toEqual([86_400_000, 172_800_000]);
    expect(alwaysCalendar.holidayOn(1)).toBeNull();
  });
});
