import { describe, expect, it } from 'vitest';
import { parseWith } from '../../model/parse';
import { calendarSchema } from './calendarSchema';

const bh = {
  id: 'bh',
  timeZone: 'Europe/Berlin',
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
};

describe('calendarSchema', () => {
  it('accepts both weekly forms and every holiday kind', () => {
    expect(parseWith(calendarSchema, bh).ok).toBe(true);
    const r = parseWith(calendarSchema, {
      id: 'x',
      timeZone: 'floating',
      weekly: { mon: [{ start: '22:00', end: '06:00' }], sat: [] },
      holidays: [
        { date: '2025-12-25' },
        { from: '2025-12-24', to: '2025-12-31', name: 'closure' },
        { month: 5, day: 1 },
        { month: 11, weekday: 'thu', nth: 4 },
        { date: '2006-01-02', start: '10:00', end: '11:30' },
      ],
    });
    expect(r.ok).toBe(true);
  });
  it('names a malformed time, date or zone', () => {
    const bad = parseWith(calendarSchema, {
      ...bh,
      weekly: { mon: [{ start: '25:00', end: '17:00' }] },
    });
    expect(!bad.ok && bad.message).toMatch(/weekly.mon.0.start: '25:00' is not a time of day/);
    const zone = parseWith(calendarSchema, { ...bh, timeZone: 'Europe/Atlantis' });
    expect(!zone.ok && zone.message).toMatch(/timeZone: unknown time zone 'Europe\/Atlantis'/);
    const date = parseWith(calendarSchema, { ...bh, holidays: [{ date: '2025-02-30' }] });
    expect(date.ok).toBe(false);
  });
});
