import { describe, expect, it } from 'vitest';
import { isRetryable, parseRetryAfter, type HubFailure } from './hubFailure';

const http = (status: number): HubFailure => ({ kind: 'http', status, code: 'x', message: 'x' });

describe('isRetryable', () => {
  it('retries no answer, rate limits, in-flight conflicts and server errors', () => {
    expect(isRetryable({ kind: 'network', status: 0, code: 'network', message: '' })).toBe(true);
    for (const s of [408, 409, 429, 500, 502, 503]) expect(isRetryable(http(s))).toBe(true);
  });
  it('gives up on answers that will not change', () => {
    for (const s of [400, 401, 403, 404, 413, 415, 422]) expect(isRetryable(http(s))).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', 0)).toBe(7);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
  });
  it('ignores absent or malformed values', () => {
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});
