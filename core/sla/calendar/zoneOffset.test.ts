import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, localToInstant, zoneOffset, ZoneOffsets } from './zoneOffset';

const iso = (ms: number) => new Date(ms).toISOString();
const wall = (s: string) => Date.parse(s + 'Z');

describe('zoneOffset', () => {
  it('reads offsets from the runtime tz data (R55)', () => {
    expect(zoneOffset('Europe/Berlin', Date.parse('2025-07-01T00:00:00Z'))).toBe(7_200_000);
    expect(zoneOffset('Europe/Berlin', Date.parse('2025-01-01T00:00:00Z'))).toBe(3_600_000);
    expect(zoneOffset('America/New_York', Date.parse('2025-03-09T06:59:59Z'))).toBe(-18_000_000);
    expect(zoneOffset('America/New_York', Date.parse('2025-03-09T07:00:00Z'))).toBe(-14_400_000);
    expect(zoneOffset('UTC', 0)).toBe(0);
  });
  it('memoises per day without blurring a transition day (Berlin, 2025-03-30 01:00Z)', () => {
    const berlin = new ZoneOffsets('Europe/Berlin');
    const at = (s: string) => berlin.at(Date.parse(s));
    expect(at('2025-03-29T12:00:00Z')).toBe(3_600_000);
    expect(at('2025-03-29T23:59:59Z')).toBe(3_600_000);
    expect(at('2025-03-30T00:59:59Z')).toBe(3_600_000);
    expect(at('2025-03-30T01:00:00Z')).toBe(7_200_000);
    expect(at('2025-03-30T00:30:00Z')).toBe(3_600_000);
    expect(at('2025-03-31T00:00:00Z')).toBe(7_200_000);
    expect(at('2025-03-30T23:00:00Z')).toBe(7_200_000);
  });
  it('knows real zones only', () => {
    expect(isKnownTimeZone('Asia/Kolkata')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('localToInstant (R6)', () => {
  it('moves a non-existent local time forward by the gap (TC-14)', () => {
    expect(iso(localToInstant('America/Los_Angeles', wall('2014-03-09T02:30:00')))).toBe(
      '2014-03-09T10:30:00.000Z',
    );
    // Sao Paulo skipped its midnight on 2015-10-18: 24:00 of the 17th is 01:00 local.
    expect(iso(localToInstant('America/Sao_Paulo', wall('2015-10-18T00:00:00')))).toBe(
      '2015-10-18T03:00:00.000Z',
    );
  });
  it('takes the earlier of an ambiguous local time', () => {
    expect(iso(localToInstant('America/New_York', wall('2025-11-02T01:30:00')))).toBe(
      '2025-11-02T05:30:00.000Z',
    );
  });
  it('maps an ordinary time with the offset of its own date', () => {
    expect(iso(localToInstant('America/New_York', wall('2025-03-10T10:00:00')))).toBe(
      '2025-03-10T14:00:00.000Z',
    );
    expect(iso(localToInstant('Asia/Kolkata', wall('2025-03-10T10:00:00')))).toBe(
      '2025-03-10T04:30:00.000Z',
    );
  });
});
