// The hub on PostgreSQL end to end: `tierdesk hub add-agent --database`, then the same routes as
// on SQLite (intake, queue, an action, the reporter's view), and a restart that keeps everything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresForTests } from '../../store/postgres/testing/postgresForTests';
import { sseClient } from '../../testing/sseClient';
import { draft, startTestHub } from '../../testing/testHub';
import { main } from '../main';

const postgres = postgresForTests();
const dir = mkdtempSync(join(tmpdir(), 'tierdesk-cli-pg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd: dir, env },
  };
}

describe('tierdesk hub on PostgreSQL', () => {
  it('adds, lists and revokes agents in the database (URL from the flag or the environment)', async () => {
    const url = await postgres.database();
    const add = io();
    expect(
      await main(
        ['hub', 'add-agent', '--name', 'Ada Lead', '--role', 'lead', '--database', url],
        add.io,
      ),
    ).toBe(0);
    expect(add.out.join('\n')).toMatch(/token: td_/);
    const list = io({ TIERDESK_DATABASE_URL: url });
    expect(await main(['hub', 'list-agents', '--json'], list.io)).toBe(0);
    expect(JSON.parse(list.out.join('\n'))).toMatchObject([
      { id: 'ada-lead', role: 'lead', active: true },
    ]);
    expect(
      await main(['hub', 'revoke-agent', '--id', 'ada-lead', '--database', url], io().io),
    ).toBe(0);
    const after = io({ TIERDESK_DATABASE_URL: url });
    expect(await main(['hub', 'list-agents', '--json'], after.io)).toBe(0);
    expect(JSON.parse(after.out.join('\n'))).toMatchObject([{ id: 'ada-lead', active: false }]);
  });

  it('refuses a URL that is not PostgreSQL, and --data beside --database', async () => {
    const bad = io();
    expect(await main(['hub', 'list-agents', '--database', 'mysql://db/td'], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toMatch(/expected a PostgreSQL URL/);
    const both = io();
    expect(
      await main(['hub', 'list-agents', '--data', 'x', '--database', 'postgres://db/td'], both.io),
    ).toBe(2);
  });

  it('serves intake, the queue, actions and the reporter view, and keeps them over a restart', async () => {
    const database = await postgres.database();
    let hub = await startTestHub({ database });
    try {
      expect(hub.store.kind).toBe('postgres');
      const d = draft();
      const created = await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: d });
      expect(created.status).toBe(201);
      const receipt = (await created.json()) as { number: string; reporterToken: string };
      const retry = await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: d });
      expect(retry.status).toBe(200);
      expect(((await retry.json()) as { number: string }).number).toBe(receipt.number);
      const acted = await hub.request(`/v1/tickets/${d.id}/actions`, {
        method: 'POST',
        as: 'lead',
        json: { type: 'acknowledge', message: 'Looking at it' },
      });
      expect(acted.status).toBe(200);

      hub = await hub.restart();
      expect(hub.store.kind).toBe('postgres');
      const queue = (await (await hub.request('/v1/queue', { as: 'lead' })).json()) as {
        items: Array<{ id: string; assignee: string }>;
      };
      expect(queue.items).toEqual([expect.objectContaining({ id: d.id, assignee: 'agent-lead' })]);
      const mine = await hub.request('/v1/reporter/tickets', {
        method: 'POST',
        json: { tokens: [receipt.reporterToken] },
      });
      expect(((await mine.json()) as { items: unknown[] }).items).toEqual([
        expect.objectContaining({ id: d.id, number: receipt.number }),
      ]);
      const view = (await (await hub.request(`/v1/tickets/${d.id}`, { as: 'lead' })).json()) as {
        events: Array<{ type: string; seq: number }>;
      };
      expect(view.events[0]!.type).toBe('created');
      expect(view.events.map((e) => e.type)).toContain('acknowledged');
      expect(view.events.map((e) => e.seq)).toEqual(view.events.map((_, i) => i + 1));
    } finally {
      await hub.dispose();
    }
  });

  it('pushes what one hub process stored to the live streams of another on the same database', async () => {
    const database = await postgres.database();
    const a = await startTestHub({ database });
    const b = await startTestHub({ database, tokens: a.tokens });
    try {
      const stream = await b.request('/v1/stream', { as: 'L1' });
      const events = sseClient(stream);
      const d = draft();
      expect((await a.request('/v1/tickets', { method: 'POST', as: 'key', json: d })).status).toBe(
        201,
      );
      let seen = await events.next(10_000);
      while (seen.event !== 'ticket') seen = await events.next(10_000);
      expect(seen.data).toMatchObject({ id: d.id, summary: d.summary });
      events.close();
    } finally {
      await b.dispose();
      await a.dispose();
    }
  });

  it('records each SLA alert once when the clocks of two hub processes look at the same ticket', async () => {
    const database = await postgres.database();
    const a = await startTestHub({ database });
    const b = await startTestHub({ database, tokens: a.tokens });
    try {
      const d = draft({ impact: 'organization', urgency: 'blocked' });
      expect((await a.request('/v1/tickets', { method: 'POST', as: 'key', json: d })).status).toBe(
        201,
      );
      // Past every first-response and resolution threshold, both clocks at once.
      a.advance(30 * 24 * 3_600_000);
      b.advance(30 * 24 * 3_600_000);
      const changed = await Promise.all([a.checkSla(), b.checkSla()]);
      expect(changed.reduce((x, y) => x + y, 0)).toBe(1);
      const alerts = (await a.store.events(d.id)).filter(
        (e) => e.type === 'sla_threshold' || e.type === 'sla_breached',
      );
      expect(alerts.length).toBeGreaterThan(2);
      const keys = alerts.map(
        (e) => `${e.type}:${e.timer}:${e.type === 'sla_threshold' ? e.percent : ''}`,
      );
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      await b.dispose();
      await a.dispose();
    }
  });

  it('stores one ticket when two hub processes take the same draft at once (201, then 200 or 409)', async () => {
    const database = await postgres.database();
    const a = await startTestHub({ database });
    const b = await startTestHub({ database, tokens: a.tokens });
    try {
      for (let round = 0; round < 5; round++) {
        const d = draft();
        const send = (hub: typeof a) =>
          hub.request('/v1/tickets', { method: 'POST', as: 'key', json: d });
        const statuses = (await Promise.all([send(a), send(b), send(a), send(b)])).map(
          (r) => r.status,
        );
        expect(statuses.filter((s) => s === 201)).toHaveLength(1);
        expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
        expect((await a.store.events(d.id)).filter((e) => e.type === 'created')).toHaveLength(1);
      }
      expect(await b.store.countOpen()).toBe(5);
    } finally {
      await b.dispose();
      await a.dispose();
    }
  });
});
