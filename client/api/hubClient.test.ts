import { describe, expect, it } from 'vitest';
import { createHubClient } from './hubClient';

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(answer: () => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return answer();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, seen };
}

const receipt = {
  id: '01JD0000000000000000000000',
  number: 'TD-1',
  status: 'new',
  category: 'printer',
  tier: 'L1',
  priority: 'P4',
  classification: {
    category: 'printer',
    tier: 'L1',
    confidence: 0.9,
    needsTriage: false,
    reasons: [],
  },
  due: { firstResponse: '2026-01-01T10:00:00Z', resolution: null },
  reporterToken: 'rt_abc',
  incident: null,
};

const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

describe('createHubClient', () => {
  it('sends the intake key and parses a receipt', async () => {
    const { fetch, seen } = fakeFetch(() => jsonResponse(receipt, 201));
    const client = createHubClient({ hub: 'https://hub.test/', key: 'pk_test12345', fetch });
    const result = await client.submitTicket({ id: receipt.id } as never);
    expect(result).toMatchObject({ ok: true, status: 201, value: { number: 'TD-1' } });
    expect(seen[0]!.url).toBe('https://hub.test/v1/tickets');
    expect((seen[0]!.init.headers as Record<string, string>)['X-Tierdesk-Key']).toBe(
      'pk_test12345',
    );
  });

  it('turns a hub error body and Retry-After into a failure value', async () => {
    const { fetch } = fakeFetch(() =>
      jsonResponse({ error: { code: 'rate_limited', message: 'slow down' } }, 429, {
        'Retry-After': '12',
      }),
    );
    const client = createHubClient({ hub: 'https://hub.test', key: 'pk_test12345', fetch });
    const result = await client.submitTicket({} as never);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'http',
        status: 429,
        code: 'rate_limited',
        message: 'slow down',
        retryAfterSec: 12,
      },
    });
  });

  it('reports a thrown fetch as a network failure', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const client = createHubClient({ hub: 'https://hub.test', key: 'pk_test12345', fetch });
    const result = await client.publicConfig('payroll');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('network');
  });

  it('rejects an answer of the wrong shape, naming where', async () => {
    const { fetch } = fakeFetch(() => jsonResponse({ ...receipt, tier: 'L9' }, 201));
    const client = createHubClient({ hub: 'https://hub.test', key: 'pk_test12345', fetch });
    const result = await client.submitTicket({} as never);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('invalid_response');
      expect(result.error.message).toContain('tier');
    }
  });

  it('uploads bytes with the reporter token and unwraps list answers', async () => {
    const { fetch, seen } = fakeFetch(() =>
      jsonResponse({ id: 'a', kind: 'screenshot', contentType: 'image/png', bytes: 3 }, 201),
    );
    const client = createHubClient({ hub: 'https://hub.test', key: 'pk_test12345', fetch });
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    const up = await client.uploadAttachment('T1', 'rt_x', blob, {
      kind: 'screenshot',
      name: 's.png',
    });
    expect(up.ok).toBe(true);
    expect(seen[0]!.url).toBe(
      'https://hub.test/v1/tickets/T1/attachments?kind=screenshot&name=s.png',
    );
    const headers = seen[0]!.init.headers as Record<string, string>;
    expect(headers['X-Tierdesk-Reporter']).toBe('rt_x');
    expect(headers['Content-Type']).toBe('image/png');

    const list = fakeFetch(() => jsonResponse({ items: [] }));
    const c2 = createHubClient({ hub: 'https://hub.test', key: 'pk_test12345', fetch: list.fetch });
    expect(await c2.matchKnownIssues('payroll', 'vpn down')).toMatchObject({ ok: true, value: [] });
    expect(list.seen[0]!.url).toBe('https://hub.test/v1/known-issues/match?app=payroll&q=vpn+down');
  });

  it('treats a 204 deflection as success without a body', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    const client = createHubClient({ hub: 'https://hub.test', key: 'pk_test12345', fetch });
    expect(await client.deflect('vpn-reset', 'vpn')).toEqual({
      ok: true,
      value: null,
      status: 204,
    });
  });
});
