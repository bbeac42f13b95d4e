import { describe, expect, it } from 'vitest';
import { redactFailedRequest } from './redactFailedRequest';

const at = '2026-11-02T09:00:00.000Z';

describe('redactFailedRequest', () => {
  it('redacts the URL and the error, keeping method, status and timing', () => {
    expect(
      redactFailedRequest({
        method: 'POST',
        url: 'https://svc:Pa55word!@api.example.com/v1/pay?access_token=abcdef123456&page=2',
        status: 0,
        durationMs: 31,
        at,
        error: 'net::ERR_FAILED Authorization: Bearer abcdefABCDEF1234567890',
        kind: 'fetch',
      }),
    ).toEqual({
      method: 'POST',
      url: 'https://svc:[REDACTED:credentials]@api.example.com/v1/pay?access_token=[REDACTED:token]&page=2',
      status: 0,
      durationMs: 31,
      at,
      error: 'net::ERR_FAILED Authorization: Bearer [REDACTED:bearer]',
      kind: 'fetch',
    });
  });

  it('stays within the URL limit when markers lengthen it', () => {
    const url = '/a?' + Array.from({ length: 400 }, (_, i) => `pwd${i}=x`).join('&');
    expect(
      redactFailedRequest({ method: 'GET', url, status: 500, durationMs: 1, at }).url.length,
    ).toBeLessThanOrEqual(2048);
  });
});
