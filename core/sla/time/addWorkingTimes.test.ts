import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingTimes } from './addWorkingTimes';
import { addWorkingTime } from './addWorkingTime';
import { compileCalendar } from '../calendar/workingCalendar';
import { mergeSpans } from './spans';
import { SlaHorizonError } from '../slaErrors';

const H = 3_600_000;
const bh = compileCalendar(
  {
    id: 'bh',
    timeZone: 'Europe/Berlin',
    weekly: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '12:00' },
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '13:00', end: '17:30' },
    ],
    holidays: [{ month: 10, day: 3 }],
  },
  'Europe/Berlin',
);

describe('addWorkingTimes', () => {
  it('gives each target what addWorkingTime gives, in the order asked', () => {
    const start = Date.parse('2025-10-01T08:15:00Z');
    const durations = [8 * H, 0.5 * H, 37.5 * H * 0.333, 7.5 * H];
    const pauses = [Date.parse('2025-10-01T10:00Z'), Date.parse('2025-10-06T09:00Z')];
    expect(addWorkingTimes(bh, start, durations, pauses)).toEqual(
      durations.map((d) => addWorkingTime(bh, start, d, pauses)),
    );
  });
  it('agrees with addWorkingTime on random starts, targets and pauses (R60)', () => {
    const base = Date.parse('2025-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 * 24 * 60 }),
        fc.array(fc.integer({ min: 1, max: 200 * 60 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 60 * 24 * 60 }), { maxLength: 6 }),
        (startMin, minutes, pauseMin) => {
          const start = base + startMin * 60_000;
          const durations = minutes.map((m) => m * 60_000 * 0.75);
          const pauses = mergeSpans(pauseMin.map((m) => start - 3 * H + m * 60_000));
          expect(addWorkingTimes(bh, start, durations, pauses)).toEqual(
            durations.map((d) => addWorkingTime(bh, start, d, pauses)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
  it('rejects a target ≤ 0 and caps the search (R10, R53)', () => {
    expect(() => addWorkingTimes(bh, 0, [H, 0], [])).toThrow(RangeError);
    expect(() => addWorkingTimes(bh, 0, [H], [0, 6 * 366 * 24 * H])).toThrow(SlaHorizonError);
    expect(addWorkingTimes(bh, 0, [], [])).toEqual([]);
  });
});
