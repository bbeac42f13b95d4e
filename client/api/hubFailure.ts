// What went wrong talking to the hub, as a value: the outbox decides from it whether to retry.

export interface HubFailure {
  /** `network`: no answer; `http`: the hub answered 4xx/5xx; `invalid_response`: unparseable. */
  kind: 'network' | 'http' | 'invalid_response';
  /** HTTP status, 0 when there was no answer. */
  status: number;
  /** The hub's error code (`validation_failed`, `rate_limited`, …) or our own. */
  code: string;
  message: string;
  /** Seconds the hub asked us to wait (`Retry-After` on 429/503). */
  retryAfterSec?: number;
}

export type HubResult<T> =
  { ok: true; value: T; status: number } | { ok: false; error: HubFailure };

/**
 * Whether sending the same request later may succeed. A 409 means the same ticket id is still in
 * flight on the hub (docs/api.md), so it is retried; other 4xx will fail the same way again.
 */
export function isRetryable(failure: HubFailure): boolean {
  if (failure.kind === 'network') return true;
  if (failure.kind === 'invalid_response') return failure.status >= 500;
  const s = failure.status;
  return s === 408 || s === 409 || s === 425 || s === 429 || s >= 500;
}

/** Reads `Retry-After` as seconds (delta form or HTTP date); undefined when absent or bad. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}
