import { describe, expect, it } from 'vitest';
import { workingTime } from './workingTime';
import { alwaysCalendar, compileCalendar } from '../calendar/workingCalendar';

const H = 3_600_000;
const bh = compileCalendar(
  {
    id: 'bh',
    timeZone: 'UTC',
    weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
  },
  'UTC',
);

describe('workingTime (R11)', () => {
  it('counts working time only, and nothing for an empty or inverted range', () => {
    expect(workingTime(bh, Date.parse('2025-06-06T16:00Z'), Date.parse('2025-06-09T10:00Z'))).toBe(
      2 * H,
    );
    expect(workingTime(bh, 10, 10)).toBe(0);
    expect(workingTime(bh, 10, 5)).toBe(0);
  });
  it('excludes pauses once even where they overlap closed hours (R22)', () => {
    expect(workingTime(alwaysCalendar, 0, 10 * H, [2 * H, 3 * H])).toBe(9 * H);
  });
});
