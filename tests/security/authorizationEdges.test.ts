// Issue 9, authorization beyond the matrix: the tier gate per role, tokens in URLs only where
// the contract allows them (SSE), CORS preflights from foreign origins, and the rate limits
// answering 429 with Retry-After while storing nothing.
import { ulid } from 'ulidx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appOrigin,
  draft,
  startTestHub,
  testConfig,
  type TestHub,
} from '../../hub/testing/testHub';
import { roles } from './credentials';
import { databaseFingerprint } from './hubDatabase';
import { generousLimits } from './matrixWorld';

const fresh = () => draft({ id: ulid(), createdAt: new Date().toISOString() });

describe('with generous limits', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ config: { ...testConfig(), hub: { rateLimits: generousLimits } } });
  });
  afterAll(() => hub.dispose());

  async function ticketAtL3(): Promise<string> {
    const receipt = (await (
      await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: fresh() })
    ).json()) as { id: string };
    const res = await hub.request(`/v1/tickets/${receipt.id}/actions`, {
      method: 'POST',
      as: 'lead',
      json: { type: 'reclassify', category: 'database', tier: 'L3', reason: 'DB timeouts' },
    });
    expect(res.status).toBe(200);
    return receipt.id;
  }

  it.each(roles)('the tier gate: %s acknowledging an L3 ticket', async (role) => {
    const id = await ticketAtL3();
    const before = databaseFingerprint(hub.dataDir);
    const res = await hub.request(`/v1/tickets/${id}/actions`, {
      method: 'POST',
      as: role,
      json: { type: 'acknowledge' },
    });
    if (role === 'L1' || role === 'L2') {
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
      expect(databaseFingerprint(hub.dataDir)).toEqual(before);
    } else {
      expect(res.status).toBe(200);
    }
  });

  it('takes an agent token from the URL only on the SSE stream, never on other routes', async () => {
    const token = hub.tokens.L1;
    const controller = new AbortController();
    const stream = await fetch(`${hub.url}/v1/stream?access_token=${token}`, {
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    controller.abort();
    for (const path of ['/v1/queue', '/v1/me', '/v1/known-issues']) {
      expect((await fetch(`${hub.url}${path}?access_token=${token}`)).status).toBe(401);
    }
  });

  it('refuses a CORS preflight from an origin no app or agent allows, and answers allowed ones', async () => {
    const preflight = (origin: string) =>
      fetch(`${hub.url}/v1/tickets`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, x-tierdesk-key',
        },
      });
    const evil = await preflight('https://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const good = await preflight(appOrigin);
    expect(good.status).toBe(204);
    expect(good.headers.get('access-control-allow-origin')).toBe(appOrigin);
    // A simple request from a foreign origin gets no CORS grant, so its page cannot read the answer.
    const read = await fetch(`${hub.url}/healthz`, { headers: { Origin: 'https://evil.example' } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lists a reporter only the tickets whose tokens they hold; guessed tokens list nothing', async () => {
    const a = (await (
      await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: fresh() })
    ).json()) as { id: string; reporterToken: string };
    const res = await hub.request('/v1/reporter/tickets', {
      method: 'POST',
      json: { tokens: [a.reporterToken, `rt_${'x'.repeat(43)}`, 'td_not-a-reporter-token', ''] },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: Array<{ id: string }> };
    expect(body.items.map((i) => i.id)).toEqual([a.id]);
  });
});

describe('rate limits', () => {
  let hub: TestHub;
  const tight = { perMinute: 6, burst: 3 };
  beforeAll(async () => {
    hub = await startTestHub({
      config: {
        ...testConfig(),
        hub: {
          rateLimits: { intakeClient: tight, intakeKey: tight, agent: tight, anonymous: tight },
        },
      },
    });
  });
  afterAll(() => hub.dispose());

  async function expect429(res: Response) {
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('retry-after'));
    expect(Number.isInteger(wait) && wait >= 1).toBe(true);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    return wait;
  }

  it('intake: past the burst answers 429 with Retry-After, stores nothing, and lets the caller back in after the wait', async () => {
    for (let i = 0; i < 3; i++) {
      expect(
        (await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: fresh() })).status,
      ).toBe(201);
    }
    const before = databaseFingerprint(hub.dataDir);
    const refused = await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: fresh() });
    const wait = await expect429(refused);
    expect(refused.headers.get('access-control-expose-headers')).toMatch(/Retry-After/i);
    expect(databaseFingerprint(hub.dataDir)).toEqual(before);
    hub.advance(wait * 1000);
    expect(
      (await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: fresh() })).status,
    ).toBe(201);
  });

  it('agents: each token has its own bucket', async () => {
    for (let i = 0; i < 3; i++)
      expect((await hub.request('/v1/me', { as: 'L2' })).status).toBe(200);
    await expect429(await hub.request('/v1/me', { as: 'L2' }));
    expect((await hub.request('/v1/me', { as: 'L3' })).status).toBe(200);
  });

  it('anonymous routes are limited per client address', async () => {
    const list = () =>
      hub.request('/v1/reporter/tickets', { method: 'POST', json: { tokens: [] } });
    for (let i = 0; i < 3; i++) expect((await list()).status).toBe(200);
    await expect429(await list());
  });
});
