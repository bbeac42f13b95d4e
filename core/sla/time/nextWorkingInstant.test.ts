import { describe, expect, it } from 'vitest';
import { isWorkingInstant, nextWorkingInstant } from './nextWorkingInstant';
import { compileCalendar } from '../calendar/workingCalendar';

const c = compileCalendar(
  {
    id: 'c',
    timeZone: 'UTC',
    weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '16:00' }],
  },
  'UTC',
);
const iso = (ms: number) => new Date(ms).toISOString();

describe('nextWorkingInstant (R12)', () => {
  it('moves an off-hours instant to the next opening (TC-17)', () => {
    expect(iso(nextWorkingInstant(c, Date.parse('2017-01-11T20:30Z')))).toBe(
      '2017-01-12T08:00:00.000Z',
    );
    expect(iso(nextWorkingInstant(c, Date.parse('2017-01-12T09:00Z')))).toBe(
      '2017-01-12T09:00:00.000Z',
    );
  });
  it('skips exclusions', () => {
    const t = Date.parse('2017-01-12T09:00Z');
    expect(iso(nextWorkingInstant(c, t, [t, t + 3_600_000]))).toBe('2017-01-12T10:00:00.000Z');
  });
  it('says whether an instant is working time', () => {
    expect(isWorkingInstant(c, Date.parse('2017-01-12T16:00Z'))).toBe(false);
  });
});
