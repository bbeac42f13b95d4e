import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimiter';

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the seconds until a token returns, then refills', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    const limit = { perMinute: 6, burst: 2 };
    expect(limiter.take('k', limit)).toBe(0);
    expect(limiter.take('k', limit)).toBe(0);
    expect(limiter.take('k', limit)).toBe(10);
    expect(limiter.take('other', limit)).toBe(0);
    now += 10_000;
    expect(limiter.take('k', limit)).toBe(0);
    expect(limiter.take('k', limit)).toBeGreaterThan(0);
  });

  it('forgets the least recently used keys past its size', () => {
    const limiter = new RateLimiter(() => 0, 2);
    const limit = { perMinute: 1, burst: 1 };
    limiter.take('a', limit);
    limiter.take('b', limit);
    limiter.take('c', limit);
    expect(limiter.take('a', limit)).toBe(0);
    expect(limiter.take('c', limit)).toBeGreaterThan(0);
  });
});
