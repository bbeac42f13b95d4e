import { describe, expect, it } from 'vitest';
import { holidayOn } from './holidayOn';
import { dayOfIsoDate } from './localDate';

const d = dayOfIsoDate;

describe('holidayOn (R4)', () => {
  it('matches dates, ranges and yearly month-days', () => {
    const rules = [
      { date: '2025-05-01', name: 'Labour day' },
      { from: '2025-12-24', to: '2025-12-26', name: 'Christmas' },
      { month: 1, day: 1, name: 'New year' },
    ];
    expect(holidayOn(rules, d('2025-05-01'))).toBe('Labour day');
    expect(holidayOn(rules, d('2025-12-26'))).toBe('Christmas');
    expect(holidayOn(rules, d('2031-01-01'))).toBe('New year');
    expect(holidayOn(rules, d('2025-12-27'))).toBeNull();
  });
  it('matches the n-th and the last weekday of a month', () => {
    const thanksgiving = { month: 11, weekday: 'thu' as const, nth: 4, name: 'Thanksgiving' };
    const memorial = { month: 5, weekday: 'mon' as const, nth: -1 as const, name: 'Memorial' };
    expect(holidayOn([thanksgiving], d('2025-11-27'))).toBe('Thanksgiving');
    expect(holidayOn([thanksgiving], d('2025-11-20'))).toBeNull();
    expect(holidayOn([memorial], d('2025-05-26'))).toBe('Memorial');
    expect(holidayOn([memorial], d('2025-05-19'))).toBeNull();
  });
  it('leaves partial-day exclusions to the calendar', () => {
    expect(holidayOn([{ date: '2006-01-02', start: '10:00', end: '11:30' }], d('2006-01-02'))).toBe(
      null,
    );
  });
});
