import { describe, expect, it } from 'vitest';
import type { FailedRequest } from '../../model/context';
import { pageContext } from '../testing/pageContext';
import { contextSignals, isOwnApi } from './contextSignals';

const at = '2026-11-02T09:00:00.000Z';
const request = (status: number, url = '/api/payslips/42', error?: string): FailedRequest => ({
  method: 'GET',
  url,
  status,
  durationMs: 120,
  at,
  ...(error ? { error } : {}),
});

describe('contextSignals', () => {
  it('reads 401/403 as access, DNS and connection failures as network', () => {
    expect(contextSignals(pageContext({ failedRequests: [request(403)] }))[0]).toMatchObject({
      category: 'access_permissions',
      detail: 'HTTP 403 from GET /api/payslips/42',
    });
    const dns = contextSignals(
      pageContext({
        failedRequests: [request(0, 'https://sso.example/x', 'net::ERR_NAME_NOT_RESOLVED')],
      }),
    );
    expect(dns[0]).toMatchObject({ category: 'network', weight: 3 });
    expect(
      contextSignals(pageContext({ environment: { userAgent: 'x', online: false } }))[0]!.category,
    ).toBe('network');
  });

  it('reads 5xx from the app’s own API as a defect or a server, and ignores other hosts’ 5xx', () => {
    expect(contextSignals(pageContext({ failedRequests: [request(500)] }))[0]!.category).toBe(
      'app_defect',
    );
    expect(contextSignals(pageContext({ failedRequests: [request(503)] }))[0]!.category).toBe(
      'server',
    );
    expect(
      contextSignals(
        pageContext({ failedRequests: [request(500, 'https://cdn.other.example/a.js')] }),
      ),
    ).toEqual([]);
    const prefixed = contextSignals(
      pageContext({ failedRequests: [request(502, 'https://api.payroll.example/v2/run')] }),
      ['https://api.payroll.example/'],
    );
    expect(prefixed[0]!.category).toBe('server');
  });

  it('strengthens repeated signals a little, with a cap', () => {
    const once = contextSignals(pageContext({ failedRequests: [request(403)] }))[0]!.weight;
    const many = contextSignals(
      pageContext({ failedRequests: Array.from({ length: 10 }, () => request(403)) }),
    )[0]!.weight;
    expect(many).toBe(once + 1);
  });

  it('reads uncaught script errors and database errors in the console', () => {
    const signals = contextSignals(
      pageContext({
        jsErrors: [
          {
            message: "TypeError: Cannot read properties of undefined (reading 'net')",
            kind: 'error',
            at,
          },
        ],
        consoleErrors: [{ level: 'error', message: 'SQLSTATE[40001]: deadlock found', at }],
      }),
    );
    expect(signals.map((s) => s.category).sort()).toEqual(['app_defect', 'database']);
    expect(contextSignals(undefined)).toEqual([]);
  });
});

describe('isOwnApi', () => {
  it('uses configured prefixes, else the page origin', () => {
    expect(isOwnApi(request(500, '/api/x'), 'https://a.example/')).toBe(true);
    expect(isOwnApi(request(500, 'https://A.example/api'), 'https://a.example/p')).toBe(true);
    expect(
      isOwnApi(request(500, 'https://a.example/api'), 'https://a.example/', [
        'https://api.a.example',
      ]),
    ).toBe(false);
  });
});
