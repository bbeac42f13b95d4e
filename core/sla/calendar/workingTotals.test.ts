// The running totals against the interval walk they replace: the same working time and the same
// due instants to the bit, on random calendars (overnight shifts, holidays, DST zones), pauses,
// fractional targets and horizons, and an explicit "cannot say" for what they do not cover.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileCalendar, type WorkingCalendar } from './workingCalendar';
import { weekdays } from './localDate';
import { addWorkingTimes } from '../time/addWorkingTimes';
import { workingTime } from '../time/workingTime';
import { mergeSpans } from '../time/spans';

const zones = ['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Kolkata'];
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const DAY = 86_400_000;
const H = 3_600_000;
const base = Date.parse('2015-01-01T00:00:00Z'); // Sao Paulo still changed clocks at midnight

const calendarArb = fc.record({
  zone: fc.constantFrom(...zones),
  rows: fc.array(
    fc.tuple(
      fc.subarray([...weekdays], { minLength: 1 }),
      fc.integer({ min: 0, max: 95 }),
      fc.integer({ min: 0, max: 96 }),
    ),
    { minLength: 1, maxLength: 4 },
  ),
  holidays: fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 8 }),
});
type CalendarArb = typeof calendarArb extends fc.Arbitrary<infer T> ? T : never;

function build(c: CalendarArb): WorkingCalendar {
  return compileCalendar(
    {
      id: 'p',
      timeZone: c.zone,
      weekly: c.rows.map(([days, a, b]) => ({ days, start: hhmm(a * 15), end: hhmm(b * 15) })),
      holidays: c.holidays.map((d) => ({
        date: new Date(base + d * DAY).toISOString().slice(0, 10),
      })),
    },
    c.zone,
  );
}

/** The same calendar without its totals: every figure from the interval walk. */
const walking = (cal: WorkingCalendar): WorkingCalendar => ({ ...cal, totals: undefined });

/** A result or the error it threw, to compare both ways of computing it. */
function attempt(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

const pausesArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 400 * 24 * 60 }), fc.integer({ min: 0, max: 5000 })), {
    maxLength: 5,
  })
  .map((ps) =>
    mergeSpans(ps.flatMap(([s, len]) => [base + s * 60_000, base + (s + len) * 60_000])),
  );

describe('WorkingTotals', () => {
  it('give the working time the walk gives (R11, R60)', () => {
    fc.assert(
      fc.property(
        calendarArb,
        pausesArb,
        fc.integer({ min: 0, max: 400 * 24 * 60 }),
        fc.integer({ min: -10, max: 200 * 24 * 60 }),
        (c, pauses, a, len) => {
          const cal = build(c);
          const from = base + a * 60_000 + (a % 7) * 1000;
          const to = from + len * 60_000;
          const walked = workingTime(walking(cal), from, to, pauses);
          expect(workingTime(cal, from, to, pauses)).toBe(walked);
          // The totals themselves at every length (workingTime asks them past two weeks only).
          expect(cal.totals!.between(from, to, pauses)).toBe(walked);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('give the due instants the walk gives, fractional targets and the horizon cap included', () => {
    fc.assert(
      fc.property(
        calendarArb,
        pausesArb,
        fc.integer({ min: 0, max: 400 * 24 * 60 }),
        fc.array(fc.integer({ min: 1, max: 400 * 60 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(1, 0.5, 0.75, 0.333, 0.9),
        (c, pauses, a, minutes, fraction) => {
          const cal = build(c);
          const start = base + a * 60_000;
          const durations = minutes.map((m) => m * 60_000 * fraction);
          const walked = attempt(() => addWorkingTimes(walking(cal), start, durations, pauses));
          expect(attempt(() => addWorkingTimes(cal, start, durations, pauses))).toEqual(walked);
          // The search itself from the first day (addWorkingTimes hands over after two weeks).
          const searched = durations.map(() => NaN);
          expect(cal.totals!.addTo(start, durations, pauses, searched)).toBe(true);
          if (Array.isArray(walked)) expect(searched).toEqual(walked);
          else expect(searched.some((x) => Number.isNaN(x))).toBe(true); // past the horizon cap
        },
      ),
      { numRuns: 400 },
    );
  });

  it('sum a span of months in constant lookups, and refuse what they cannot say exactly', () => {
    const cal = build({ zone: 'Europe/Berlin', rows: [[['mon', 'fri'], 36, 68]], holidays: [] });
    const totals = cal.totals!;
    const t = Date.parse('2026-03-02T09:00:00Z');
    expect(totals.between(t, t + 7 * DAY, [])).toBe(2 * 8 * H);
    expect(totals.between(t, t + 7 * DAY, [t, t + H])).toBe(2 * 8 * H - H);
    expect(totals.between(t, t + 0.5, [])).toBeNaN(); // a fractional instant: the walk decides
    expect(totals.at(t + 40 * 365 * DAY)).toBeNaN(); // decades away: outside the summed days
    const due = [NaN];
    expect(totals.addTo(t, [8 * H], [], due)).toBe(true);
    expect(due[0]).toBe(Date.parse('2026-03-06T09:00:00Z')); // Mon 10:00–17:00 local, then Fri 09:00–10:00
  });
});
