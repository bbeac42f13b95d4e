// The small routes and the protections: health, OpenAPI, widget files, public config, reporter
// tickets, me, stats, CORS, rate limits, and a restart on the same data folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appOrigin,
  draft,
  intakeKey,
  startTestHub,
  testConfig,
  type TestHub,
} from '../testing/testHub';

let hub: TestHub;
const widgetDir = mkdtempSync(join(tmpdir(), 'tierdesk-widget-'));
beforeAll(async () => {
  mkdirSync(join(widgetDir, 'chunks'));
  writeFileSync(join(widgetDir, 'tierdesk-widget.js'), 'window.Tierdesk=1;');
  writeFileSync(join(widgetDir, 'chunks', 'dialog.js'), 'export {};');
  hub = await startTestHub({ widgetDir });
});
afterAll(() => hub.dispose());

describe('open routes', () => {
  it('GET /healthz', async () => {
    const res = await hub.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: expect.any(String) });
  });

  it('GET /openapi.json is an OpenAPI 3.1 document of every route, with schemas from zod', async () => {
    const doc = await (await hub.request('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/v1/tickets',
      '/v1/queue',
      '/v1/tickets/{id}/actions',
      '/v1/stream',
      '/v1/reporter/tickets',
      '/v1/triage/preview',
      '/v1/known-issues/match',
    ]) {
      expect(doc.paths[path]).toBeDefined();
    }
    expect(doc.components.schemas.TicketDraft.properties.summary).toBeDefined();
    expect(doc.components.schemas.TicketAction).toBeDefined();
    const refs = [
      ...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
    ].map((m) => m[1]!);
    expect(refs.filter((r) => !(r in doc.components.schemas))).toEqual([]);
  });

  it('GET /widget/* serves the built widget files and 404s anything else', async () => {
    const res = await hub.request('/widget/tierdesk-widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toBe('window.Tierdesk=1;');
    expect((await hub.request('/widget/chunks/dialog.js')).status).toBe(200);
    expect((await hub.request('/widget/missing.js')).status).toBe(404);
    expect((await hub.request('/widget/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('answers JSON 404s for unknown routes', async () => {
    const res = await hub.request('/v2/nothing');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});

describe('GET /v1/config/public', () => {
  it("answers the key's app and the taxonomy, nothing secret", async () => {
    const res = await hub.request('/v1/config/public?app=payroll', { as: 'key' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.app).toEqual({ id: 'payroll', name: 'Payroll', maskSelectors: [] });
    expect(body.taxonomy[0]).toEqual({
      id: expect.any(String),
      label: expect.any(String),
      tier: expect.any(String),
    });
    expect(JSON.stringify(body)).not.toContain(intakeKey);
    expect((await hub.request('/v1/config/public?app=wiki', { as: 'key' })).status).toBe(403);
    expect((await hub.request('/v1/config/public')).status).toBe(401);
  });

  it('takes the key without an Origin for a read (the extension sends none), never for a write', async () => {
    const bare = { 'X-Tierdesk-Key': intakeKey };
    const read = await hub.request('/v1/config/public?app=payroll', { headers: bare });
    expect(read.status).toBe(200);
    const foreign = await hub.request('/v1/config/public?app=payroll', {
      headers: { ...bare, Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const write = await hub.request('/v1/tickets', {
      method: 'POST',
      headers: { ...bare, 'Content-Type': 'application/json' },
      body: JSON.stringify(draft()),
    });
    expect(write.status).toBe(403);
    expect(((await write.json()) as { error: { message: string } }).error.message).toMatch(
      /needs an Origin/,
    );
  });
});

describe('POST /v1/reporter/tickets', () => {
  it("answers a reporter's tickets for their tokens and skips unknown ones", async () => {
    const a = await (
      await hub.request('/v1/tickets', {
        method: 'POST',
        as: 'key',
        json: draft({ summary: 'First problem' }),
      })
    ).json();
    const b = await (
      await hub.request('/v1/tickets', {
        method: 'POST',
        as: 'key',
        json: draft({ summary: 'Second problem' }),
      })
    ).json();
    const res = await hub.request('/v1/reporter/tickets', {
      method: 'POST',
      json: { tokens: [a.reporterToken, b.reporterToken, 'rt_' + 'x'.repeat(43), 'junk'] },
    });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.map((i: { number: string }) => i.number).sort()).toEqual(
      [a.number, b.number].sort(),
    );
    expect(items[0]).toEqual({
      id: expect.any(String),
      number: expect.any(String),
      summary: expect.any(String),
      status: 'new',
      priority: expect.any(String),
      due: { firstResponse: expect.any(String), resolution: expect.any(String) },
      updatedAt: expect.any(String),
      resolution: null,
    });
    const tooMany = await hub.request('/v1/reporter/tickets', {
      method: 'POST',
      json: { tokens: Array(51).fill(a.reporterToken) },
    });
    expect(tooMany.status).toBe(400);
  });
});

describe('agents', () => {
  it('GET /v1/me answers who the token belongs to', async () => {
    expect(await (await hub.request('/v1/me', { as: 'L2' })).json()).toEqual({
      id: 'agent-l2',
      name: 'L2 Agent',
      role: 'L2',
    });
    expect(
      (await hub.request('/v1/me', { headers: { Authorization: 'Bearer nonsense' } })).status,
    ).toBe(401);
  });

  it('GET /v1/stats is for leads and admins', async () => {
    expect((await hub.request('/v1/stats', { as: 'L3' })).status).toBe(403);
    const res = await hub.request('/v1/stats', { as: 'lead' });
    expect(res.status).toBe(200);
    const stats = await res.json();
    expect(stats.byApp[0]).toMatchObject({ appId: 'payroll' });
    expect(stats.byPriority[0]).toMatchObject({
      priority: expect.any(String),
      attainment: expect.any(Number),
    });
  });
});

describe('CORS', () => {
  it("answers a preflight from an app's origin and refuses others", async () => {
    const ok = await hub.request('/v1/tickets', {
      method: 'OPTIONS',
      headers: {
        Origin: appOrigin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-tierdesk-key',
      },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/X-Tierdesk-Key/);
    const evil = await hub.request('/v1/tickets', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const actual = await hub.request('/v1/triage/preview', {
      method: 'POST',
      as: 'key',
      json: { app: 'payroll', summary: 'x', description: '', impact: 'team', urgency: 'minor' },
    });
    expect(actual.headers.get('access-control-allow-origin')).toBe(appOrigin);
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After once a client has used its burst, per key and client', async () => {
    const limited = await startTestHub({
      config: testConfig({ hub: { rateLimits: { intakeClient: { perMinute: 6, burst: 3 } } } }),
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await limited.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() }))
            .status,
        );
      }
      expect(statuses).toEqual([201, 201, 201, 429]);
      const res = await limited.request('/v1/tickets', {
        method: 'POST',
        as: 'key',
        json: draft(),
      });
      expect(res.headers.get('retry-after')).toBe('10');
      expect((await res.json()).error.code).toBe('rate_limited');
      expect(await limited.store.countOpen()).toBe(3);
      limited.advance(10_000);
      expect(
        (await limited.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() })).status,
      ).toBe(201);
    } finally {
      await limited.dispose();
    }
  });
});

describe('restart', () => {
  it('keeps tickets, events, numbers, agents, tokens and known issues in the same data folder', async () => {
    const first = await startTestHub();
    const a = await (
      await first.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() })
    ).json();
    await first.request('/v1/known-issues', {
      method: 'POST',
      as: 'L2',
      json: { id: 'ki-1', title: 'Known thing', symptoms: 'it breaks', workaround: 'restart it' },
    });
    const second = await first.restart();
    try {
      const view = await (await second.request(`/v1/tickets/${a.id}`, { as: 'L1' })).json();
      expect(view.ticket.number).toBe(a.number);
      expect(view.events).toHaveLength(1);
      const b = await (
        await second.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() })
      ).json();
      expect(Number(b.number.slice(3))).toBe(Number(a.number.slice(3)) + 1);
      const reporter = await second.request('/v1/reporter/tickets', {
        method: 'POST',
        json: { tokens: [a.reporterToken] },
      });
      expect((await reporter.json()).items).toHaveLength(1);
      expect(
        (await (await second.request('/v1/known-issues', { as: 'L1' })).json()).items,
      ).toHaveLength(1);
    } finally {
      await second.dispose();
    }
  });
});
