import { describe, expect, it } from 'vitest';
import { defaultSlaConfig } from './defaultSlaConfig';
import { previewSlaDue } from './previewSlaDue';

describe('defaultSlaConfig (DESIGN.md)', () => {
  // 2026-11-02 is a Monday
  it('runs P1 around the clock', () => {
    expect(previewSlaDue('P1', '2026-11-07T22:00:00.000Z', defaultSlaConfig)).toEqual({
      firstResponse: '2026-11-07T22:15:00.000Z',
      resolution: '2026-11-08T02:00:00.000Z',
    });
  });
  it('runs P2 and P3 on business hours', () => {
    expect(previewSlaDue('P2', '2026-11-02T16:30:00.000Z', defaultSlaConfig)).toEqual({
      firstResponse: '2026-11-03T09:30:00.000Z',
      resolution: '2026-11-03T16:30:00.000Z',
    });
    expect(previewSlaDue('P3', '2026-11-02T10:00:00.000Z', defaultSlaConfig)).toEqual({
      firstResponse: '2026-11-02T14:00:00.000Z',
      resolution: '2026-11-05T10:00:00.000Z',
    });
  });
  it('counts P4 and P5 in business days', () => {
    expect(previewSlaDue('P4', '2026-11-06T15:00:00.000Z', defaultSlaConfig)).toEqual({
      firstResponse: '2026-11-09T15:00:00.000Z',
      resolution: '2026-11-13T15:00:00.000Z',
    });
    expect(previewSlaDue('P5', '2026-11-02T10:00:00.000Z', defaultSlaConfig).resolution).toBe(
      '2026-11-30T10:00:00.000Z',
    );
  });
});
