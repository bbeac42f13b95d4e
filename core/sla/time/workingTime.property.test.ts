// R60: property tests over random calendars (sparse weekdays, overnight shifts, holidays), pauses
// and DST zones: addWorkingTime inverts workingTime and is monotone in the duration.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingTime } from './addWorkingTime';
import { workingTime } from './workingTime';
import { mergeSpans } from './spans';
import { SlaHorizonError } from '../slaErrors';
import { compileCalendar } from '../calendar/workingCalendar';
import { weekdays } from '../calendar/localDate';

const zones = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'America/Sao_Paulo',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
];
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const interval = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 0, max: 96 }))
  .map(([a, b]) => ({ start: hhmm(a * 15), end: hhmm(b * 15) }));
const calendarArb = fc.record({
  zone: fc.constantFrom(...zones),
  rows: fc.array(fc.tuple(fc.subarray([...weekdays], { minLength: 1 }), interval), {
    minLength: 1,
    maxLength: 4,
  }),
  holidays: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 6 }),
});
/** Runs `check`; a calendar too sparse for the duration within 5 years (R53) is no counterexample. */
function unlessPastHorizon(check: () => void): void {
  try {
    check();
  } catch (e) {
    if (!(e instanceof SlaHorizonError)) throw e;
  }
}
const base = Date.parse('2025-01-01T00:00:00Z');
const DAY = 86_400_000;

function build(c: {
  zone: string;
  rows: [string[], { start: string; end: string }][];
  holidays: number[];
}) {
  const rows = c.rows.map(([days, i]) => ({ days: days as (typeof weekdays)[number][], ...i }));
  return compileCalendar(
    {
      id: 'p',
      timeZone: c.zone,
      weekly: rows,
      holidays: c.holidays.map((d) => ({
        date: new Date(base + d * DAY).toISOString().slice(0, 10),
      })),
    },
    c.zone,
  );
}

const pausesArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 300 * 24 }), fc.integer({ min: 1, max: 72 })), {
    maxLength: 5,
  })
  .map((ps) =>
    mergeSpans(ps.flatMap(([s, len]) => [base + s * 3_600_000, base + (s + len) * 3_600_000])),
  );

describe('addWorkingTime properties (R60)', () => {
  it('workingTime(start, addWorkingTime(start, d)) = d', () => {
    fc.assert(
      fc.property(
        calendarArb,
        pausesArb,
        fc.integer({ min: 0, max: 200 * DAY }),
        fc.integer({ min: 1, max: 300 * 3_600_000 }),
        (c, pauses, offset, d) => {
          unlessPastHorizon(() => {
            const cal = build(c);
            const start = base + offset;
            const due = addWorkingTime(cal, start, d, pauses);
            expect(due).toBeGreaterThanOrEqual(start);
            expect(workingTime(cal, start, due, pauses)).toBe(d);
            // the earliest such instant: a millisecond earlier is not enough
            expect(workingTime(cal, start, due - 1, pauses)).toBeLessThan(d);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
  it('is monotone in d', () => {
    fc.assert(
      fc.property(
        calendarArb,
        pausesArb,
        fc.integer({ min: 0, max: 200 * DAY }),
        fc.integer({ min: 1, max: 100 * 3_600_000 }),
        fc.integer({ min: 0, max: 100 * 3_600_000 }),
        (c, pauses, offset, d, extra) => {
          unlessPastHorizon(() => {
            const cal = build(c);
            const start = base + offset;
            expect(addWorkingTime(cal, start, d + extra, pauses)).toBeGreaterThanOrEqual(
              addWorkingTime(cal, start, d, pauses),
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });
  it('is additive: adding d1 then d2 equals adding d1 + d2', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.integer({ min: 0, max: 200 * DAY }),
        fc.integer({ min: 1, max: 50 * 3_600_000 }),
        fc.integer({ min: 1, max: 50 * 3_600_000 }),
        (c, offset, d1, d2) => {
          unlessPastHorizon(() => {
            const cal = build(c);
            const start = base + offset;
            expect(addWorkingTime(cal, addWorkingTime(cal, start, d1), d2)).toBe(
              addWorkingTime(cal, start, d1 + d2),
            );
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
