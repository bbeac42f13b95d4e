import { describe, expect, it } from 'vitest';
import { matchExpectation } from './matchExpectation';
import type { SlaOutcome } from './evaluateSlaCase';

const outcome = {
  ok: true,
  result: {
    now: '',
    timers: [{ id: 'r#1', dueAt: 'x', thresholdsCrossed: [50] }],
    nextDueAt: 'x',
    nextDueTimer: 'r',
    warnings: ['w: R18'],
  },
} as unknown as SlaOutcome;

describe('matchExpectation', () => {
  it('holds for a matching subset', () => {
    expect(
      matchExpectation(outcome, {
        timers: [{ id: 'r#1', dueAt: 'x' }],
        nextDueTimer: 'r',
        warnings: ['R18'],
        timerCount: 1,
      }),
    ).toEqual([]);
  });
  it('names each mismatch', () => {
    expect(
      matchExpectation(outcome, {
        timers: [{ id: 'r#1', dueAt: 'y', thresholdsCrossed: [] }, { id: 'r#2' }],
        absent: ['r#1'],
      }),
    ).toEqual([
      'timers[r#1].dueAt: expected "y", got "x"',
      'timers[r#1].thresholdsCrossed: expected [], got [50]',
      "timers: no timer 'r#2' (have r#1)",
      "timers: 'r#1' should not exist",
    ]);
  });
  it('checks expected errors', () => {
    const bad = { ok: false, message: 'now: bad', issues: [] } as SlaOutcome;
    expect(matchExpectation(bad, { error: '^now:' })).toEqual([]);
    expect(matchExpectation(outcome, { error: 'x' })).toHaveLength(1);
  });
});
