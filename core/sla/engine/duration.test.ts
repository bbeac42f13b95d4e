import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDuration, parseDuration } from './duration';

describe('durations', () => {
  it('reads "1d" as 24 working hours (decision 1)', () => {
    expect(parseDuration('1d')).toBe(86400);
    expect(parseDuration('8h')).toBe(28800);
    expect(parseDuration('1d 2h 30m 15s')).toBe(95415);
    expect(parseDuration('120h')).toBe(432000);
  });
  it('rejects what is not a duration', () => {
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('8 hours')).toBeNull();
    expect(parseDuration('-1h')).toBeNull();
  });
  it('round-trips (E11: 120 h is shown as 5d, read back as 120 h)', () => {
    expect(formatDuration(432000)).toBe('5d');
    expect(formatDuration(-600)).toBe('-10m');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        (s) => parseDuration(formatDuration(s)) === s,
      ),
    );
  });
});
