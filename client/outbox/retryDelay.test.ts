import { describe, expect, it } from 'vitest';
import { retryCapMs, retryDelay } from './retryDelay';

describe('retryDelay', () => {
  it('doubles the step per attempt, jittered within its upper half', () => {
    expect(retryDelay(1, () => 0)).toBe(500);
    expect(retryDelay(1, () => 1)).toBe(1000);
    expect(retryDelay(3, () => 0)).toBe(2000);
    expect(retryDelay(3, () => 1)).toBe(4000);
  });

  it('stops growing at the cap', () => {
    expect(retryDelay(40, () => 1)).toBe(retryCapMs);
  });

  it('never retries sooner than Retry-After', () => {
    expect(retryDelay(1, () => 0, 30)).toBe(30_000);
    expect(retryDelay(1, () => 0.5, 30)).toBe(30_500);
    expect(retryDelay(20, () => 1, 1)).toBe(retryCapMs);
  });
});
