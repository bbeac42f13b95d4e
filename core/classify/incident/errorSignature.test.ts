import { describe, expect, it } from 'vitest';
import { pageContext } from '../testing/pageContext';
import { errorMessageShape, errorSignature, requestPath } from './errorSignature';

const at = '2026-11-02T09:00:00.000Z';
const failed = (status: number, url: string) => ({
  method: 'get',
  url,
  status,
  durationMs: 50,
  at,
});

describe('errorSignature', () => {
  it('fingerprints the failing request with ids blanked, so two users’ reports match', () => {
    const a = errorSignature(
      pageContext({
        failedRequests: [failed(503, 'https://payroll.example/api/payslips/1042?x=1')],
      }),
    );
    const b = errorSignature(pageContext({ failedRequests: [failed(503, '/api/payslips/2230')] }));
    expect(a).toBe('http 503 GET /api/payslips/:id');
    expect(b).toBe(a);
  });

  it('prefers server and network failures over script errors, and script errors over 401/403', () => {
    const js = { message: 'TypeError: x is undefined at line 42', kind: 'error' as const, at };
    expect(
      errorSignature(pageContext({ jsErrors: [js], failedRequests: [failed(403, '/api/me')] })),
    ).toBe('js TypeError: x is undefined at line n');
    expect(
      errorSignature(pageContext({ jsErrors: [js], failedRequests: [failed(0, '/api/run')] })),
    ).toBe('http 0 GET /api/run');
    expect(errorSignature(pageContext({ failedRequests: [failed(403, '/api/me')] }))).toBe(
      'http 403 GET /api/me',
    );
  });

  it('is null when nothing failed', () => {
    expect(errorSignature(pageContext())).toBeNull();
    expect(errorSignature(undefined)).toBeNull();
    expect(
      errorSignature(pageContext({ failedRequests: [failed(404, '/favicon.ico')] })),
    ).toBeNull();
  });
});

describe('signature parts', () => {
  it('blank varying values', () => {
    expect(requestPath('https://a.example/v1/users/42/orders/ab12-cd?q=1#x')).toBe(
      '/v1/users/:id/orders/:id',
    );
    expect(errorMessageShape('Cannot read "name" of row 17 (0xff)')).toBe(
      "Cannot read '…' of row n (n)",
    );
  });
});
