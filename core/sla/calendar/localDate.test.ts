import { describe, expect, it } from 'vitest';
import {
  dayOfIsoDate,
  daysInMonth,
  isoDateOfDay,
  minutesOfTime,
  partsOfDay,
  weekdayOfDay,
} from './localDate';

describe('local dates', () => {
  it('round-trips ISO dates and day numbers', () => {
    expect(dayOfIsoDate('1970-01-01')).toBe(0);
    expect(isoDateOfDay(dayOfIsoDate('2025-06-02'))).toBe('2025-06-02');
    expect(partsOfDay(dayOfIsoDate('2024-02-29'))).toEqual({
      year: 2024,
      month: 2,
      dayOfMonth: 29,
    });
  });
  it('knows weekdays (2025-06-02 is a Monday) and month lengths', () => {
    expect(weekdayOfDay(dayOfIsoDate('2025-06-02'))).toBe(1);
    expect(weekdayOfDay(dayOfIsoDate('1969-12-28'))).toBe(0);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
  it('reads times of day', () => {
    expect(minutesOfTime('00:00')).toBe(0);
    expect(minutesOfTime('24:00')).toBe(1440);
    expect(minutesOfTime('17:45')).toBe(1065);
  });
});
