// Test helper: evaluates a case and returns its timers by id, failing loudly on an error.
import { evaluateSlaCase, type SlaResult } from '../engine/evaluateSlaCase';
import type { TimerResult } from '../engine/describeTimer';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export const bh = (start = '09:00', end = '17:00', extra: Record<string, unknown> = {}) => ({
  id: 'bh',
  timeZone: 'UTC',
  weekly: [{ days: [...weekdays], start, end }],
  ...extra,
});

export function runCase(input: Record<string, unknown>): {
  result: SlaResult;
  timer: (id: string) => TimerResult;
} {
  const outcome = evaluateSlaCase(input);
  if (!outcome.ok) throw new Error(outcome.message);
  const result = outcome.result;
  return {
    result,
    timer: (id) => {
      const t = result.timers.find((x) => x.id === id);
      if (!t) throw new Error(`no timer ${id} (have ${result.timers.map((x) => x.id).join(', ')})`);
      return t;
    },
  };
}

export const created = (at: string, set: Record<string, unknown> = { priority: 'P3' }) => ({
  at,
  type: 'created',
  set,
});
export const update = (at: string, set: Record<string, unknown>) => ({ at, type: 'update', set });
