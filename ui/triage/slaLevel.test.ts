import { describe, expect, it } from 'vitest';
import { formatDuration, slaLevel, slaPctAt, type SlaReading } from './slaLevel';

const t0 = Date.parse('2026-11-02T09:00:00.000Z');
const reading = (o: Partial<SlaReading> = {}): SlaReading => ({
  dueAt: '2026-11-02T10:00:00.000Z',
  pct: 0,
  pctAt: t0,
  breached: false,
  paused: false,
  ...o,
});

describe('slaLevel', () => {
  it('changes band at 50, 75 and 100 % as time passes', () => {
    const r = reading();
    expect(slaLevel(r, t0 + 29 * 60_000)).toBe('ok');
    expect(slaLevel(r, t0 + 30 * 60_000)).toBe('half');
    expect(slaLevel(r, t0 + 45 * 60_000)).toBe('warning');
    expect(slaLevel(r, t0 + 60 * 60_000)).toBe('breached');
  });
  it('extrapolates from the hub reading, not from zero', () => {
    const r = reading({ pct: 60, pctAt: t0 }); // 40 % left over the hour
    expect(slaPctAt(r, t0 + 30 * 60_000)).toBeCloseTo(80);
    expect(slaLevel(r, t0)).toBe('half');
  });
  it('keeps a paused timer where it is and says so', () => {
    const r = reading({ pct: 80, paused: true });
    expect(slaPctAt(r, t0 + 3_600_000 * 5)).toBe(80);
    expect(slaLevel(r, t0 + 3_600_000 * 5)).toBe('paused');
  });
  it('trusts the hub when it says breached, and has no band without a timer', () => {
    expect(slaLevel(reading({ breached: true, pct: 20 }), t0)).toBe('breached');
    expect(slaLevel(reading({ dueAt: null, pct: null }), t0)).toBe('none');
  });
});

describe('formatDuration', () => {
  it('is compact at every scale', () => {
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(12 * 60_000 + 5000)).toBe('12m');
    expect(formatDuration(65 * 60_000)).toBe('1h 05m');
    expect(formatDuration(-(26 * 3_600_000))).toBe('1d 2h');
  });
});
