import { describe, expect, it } from 'vitest';
import { evaluateSlaCase } from './evaluateSlaCase';

const base = {
  definitions: [{ id: 'r', metric: 'resolution', target: '8h', calendar: null }],
  events: [{ at: '2025-06-02T09:00:00Z', type: 'created', set: { priority: 'P3' } }],
  now: '2025-06-02T10:00:00Z',
};

describe('evaluateSlaCase', () => {
  it('returns UTC instants and the soonest due timer (R52)', () => {
    const r = evaluateSlaCase(base);
    expect(r.ok && r.result).toMatchObject({
      now: '2025-06-02T10:00:00.000Z',
      nextDueAt: '2025-06-02T17:00:00.000Z',
      nextDueTimer: 'r',
    });
  });
  it('names the field of a schema error', () => {
    const r = evaluateSlaCase({ ...base, now: 'tomorrow' });
    expect(!r.ok && r.issues).toEqual([
      { path: 'now', message: 'expected a UTC ISO-8601 instant' },
    ]);
  });
  it('turns a search past the horizon into an error, not a hang (R53)', () => {
    const r = evaluateSlaCase({
      ...base,
      calendars: [
        { id: 'rare', timeZone: 'UTC', weekly: { mon: [{ start: '09:00', end: '09:01' }] } },
      ],
      definitions: [{ id: 'r', metric: 'resolution', target: '100h', calendar: 'rare' }],
    });
    expect(!r.ok && r.message).toMatch(/horizon cap, R53/);
  });
  it('warns when a calendar has no working day within 366 days (R8)', () => {
    const r = evaluateSlaCase({
      ...base,
      calendars: [
        {
          id: 'closed',
          timeZone: 'UTC',
          weekly: { mon: [{ start: '09:00', end: '17:00' }] },
          holidays: [{ from: '2025-01-01', to: '2027-01-01' }],
        },
      ],
    });
    expect(r.ok && r.result.warnings).toEqual([
      "calendar 'closed' has no working day within 366 days of 2025-06-02T09:00:00Z (R8)",
    ]);
  });
  it('passes lint warnings through (R18)', () => {
    const r = evaluateSlaCase({
      ...base,
      definitions: [
        {
          id: 'x',
          metric: 'custom',
          target: '1h',
          conditions: {
            start: { field: 'status', eq: 'open' },
            stop: { field: 'status', eq: 'open' },
          },
        },
      ],
    });
    expect(r.ok && r.result.warnings.some((w) => w.includes('never attaches'))).toBe(true);
  });
});
