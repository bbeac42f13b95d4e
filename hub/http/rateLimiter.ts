// Token buckets per key (intake key + client, agent, …): a request takes a token; an empty
// bucket answers how many seconds until the next one (for `Retry-After`).
import type { RateLimit } from '../config/hubConfig';

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly clock: () => number = () => Date.now(),
    private readonly maxBuckets = 100_000,
  ) {}

  /** Takes a token from `key`'s bucket: 0 when allowed, else the seconds to wait. */
  take(key: string, limit: RateLimit): number {
    const now = this.clock();
    const perMs = limit.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: limit.burst, at: now };
    b.tokens = Math.min(limit.burst, b.tokens + (now - b.at) * perMs);
    b.at = now;
    if (b.tokens < 1) {
      this.buckets.set(key, b);
      return Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
    }
    b.tokens -= 1;
    this.buckets.delete(key); // re-insert: the Map's order is then least recently used first
    this.buckets.set(key, b);
    if (this.buckets.size > this.maxBuckets) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return 0;
  }
}
