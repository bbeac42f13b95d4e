import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoInstant, parseCanonicalIso, parseIsoInstant } from './isoInstant';

describe('isoInstant', () => {
  it('formats like toISOString', () => {
    expect(isoInstant(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoInstant(Date.parse('2024-02-29T23:59:59.999Z'))).toBe('2024-02-29T23:59:59.999Z');
    expect(isoInstant(Date.parse('1969-12-31T12:00:00.005Z'))).toBe('1969-12-31T12:00:00.005Z');
    // A fractional instant (a threshold at a fraction of an odd target) keeps its digits.
    expect(isoInstant(1.5)).toBe('1970-01-01T00:00:00.001.5Z');
    const min = Date.parse('0001-01-01T00:00:00Z');
    const max = Date.parse('9999-12-31T23:59:59.999Z');
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => isoInstant(ms) === new Date(ms).toISOString()),
      { numRuns: 2000 },
    );
  });
  it('formats the days around the first one (their date part memoised) like toISOString', () => {
    // The 1970s hold the days memoised by the test above; twice each: made, then reused.
    const near = fc.integer({ min: 0, max: Date.parse('1975-06-01T00:00:00Z') });
    const edges = fc.constantFrom(
      -1,
      Date.parse('1972-02-29T23:59:59.999Z'),
      Date.parse('1976-01-01T00:00:00.000Z'), // past the window's last day: spelled out
    );
    fc.assert(
      fc.property(fc.oneof(near, edges), (ms) => {
        const want = new Date(ms).toISOString();
        return isoInstant(ms) === want && isoInstant(ms) === want;
      }),
      { numRuns: 3000 },
    );
  });
  it('parses like Date.parse, canonical or not', () => {
    const min = Date.parse('0000-01-01T00:00:00Z');
    const max = Date.parse('9999-12-31T23:59:59.999Z');
    fc.assert(
      fc.property(
        fc.integer({ min, max }),
        fc.nat({ max: 23 }),
        fc.constantFrom('0', '9', '/', ':', 'a', ' ', '-'),
        fc.boolean(),
        (ms, at, ch, spoil) => {
          const text = isoInstant(ms);
          const bad = spoil ? text.slice(0, at) + ch + text.slice(at + 1) : text;
          expect(parseIsoInstant(bad)).toBe(Date.parse(bad));
        },
      ),
      { numRuns: 3000 },
    );
    for (const text of [
      '2025-02-29T00:00:00.000Z',
      '2024-02-29T24:00:00.000Z',
      '2025-06-02T09:00Z',
    ])
      expect(parseIsoInstant(text)).toBe(Date.parse(text));
  });
  it('takes only canonical text, which is then exactly the instant formatted', () => {
    const min = Date.parse('0000-01-01T00:00:00Z');
    const max = Date.parse('9999-12-31T23:59:59.999Z');
    fc.assert(
      fc.property(
        fc.integer({ min, max }),
        fc.nat({ max: 23 }),
        fc.constantFrom('0', '1', '2', '5', '9', '/', 'a'),
        (ms, at, ch) => {
          expect(parseCanonicalIso(isoInstant(ms))).toBe(ms);
          const text = isoInstant(ms);
          const other = text.slice(0, at) + ch + text.slice(at + 1);
          const parsed = parseCanonicalIso(other);
          if (parsed === parsed) expect(isoInstant(parsed)).toBe(other);
        },
      ),
      { numRuns: 3000 },
    );
    for (const text of [
      '2025-02-29T00:00:00.000Z',
      '2024-02-29T24:00:00.000Z',
      '2025-06-02T09:00Z',
    ])
      expect(parseCanonicalIso(text)).toBeNaN();
  });
  it('reads the years of its month table (1970–2169) and their edges as Date.parse does', () => {
    const min = Date.parse('1969-12-01T00:00:00Z');
    const max = Date.parse('2170-01-31T23:59:59.999Z');
    fc.assert(
      fc.property(fc.integer({ min, max }), fc.integer({ min: 0, max: 39 }), (ms, day) => {
        const text = isoInstant(ms);
        expect(parseCanonicalIso(text)).toBe(ms);
        // Any day of the month, 00 to 39: the month's length decides, as it does for Date.parse.
        const other = text.slice(0, 8) + String(day).padStart(2, '0') + text.slice(10);
        expect(parseIsoInstant(other)).toBe(Date.parse(other));
      }),
      { numRuns: 3000 },
    );
    for (const text of [
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
      '2000-02-29T12:00:00.000Z',
      '2100-02-29T12:00:00.000Z',
      '2169-12-31T23:59:59.999Z',
      '2170-01-01T00:00:00.000Z',
    ])
      expect(parseIsoInstant(text)).toBe(Date.parse(text));
  });
});
