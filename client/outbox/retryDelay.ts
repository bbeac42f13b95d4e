// How long to wait before the next attempt: exponential backoff with jitter, never sooner
// than the hub's Retry-After. Randomness is passed in so tests are exact.

export const retryBaseMs = 1_000;
export const retryCapMs = 5 * 60_000;

/**
 * @example retryDelay(1, () => 0.5) // 750: half of the 1 s step, plus the jittered half
 * @example retryDelay(1, () => 0, 30) // 30_000: the hub asked for 30 s
 */
export function retryDelay(attempt: number, random: () => number, retryAfterSec?: number): number {
  const step = Math.min(retryCapMs, retryBaseMs * 2 ** Math.max(0, attempt - 1));
  // "Equal jitter": at least half the step, so tabs that failed together spread out but still back off.
  const backoff = step / 2 + (random() * step) / 2;
  if (retryAfterSec === undefined) return Math.round(backoff);
  return Math.round(Math.max(retryAfterSec * 1000 + random() * 1000, backoff));
}
