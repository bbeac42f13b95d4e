import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migratePostgres } from './migratePostgres';
import {
  connectLiveBridge,
  type LiveBridge,
  type LiveBridgeEvent,
  type LiveBridgeOptions,
} from './postgresLiveBridge';
import { postgresForTests } from './testing/postgresForTests';

const postgres = postgresForTests();
const bridges: LiveBridge[] = [];
afterEach(async () => {
  await Promise.all(bridges.splice(0).map((b) => b.close()));
});

async function migratedDatabase(): Promise<string> {
  const url = await postgres.database();
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  await migratePostgres(pool);
  await pool.end();
  return url;
}

/** A hub process's bridge, with what it received. */
async function hubProcess(url: string, extra: Partial<LiveBridgeOptions> = {}) {
  const received: LiveBridgeEvent[] = [];
  const bridge = await connectLiveBridge({ url, onEvent: (e) => received.push(e), ...extra });
  bridges.push(bridge);
  return { bridge, received };
}

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe('connectLiveBridge', () => {
  it("hands each process's events to the others, in order, whatever their size", async () => {
    const url = await migratedDatabase();
    const [a, b, c] = [await hubProcess(url), await hubProcess(url), await hubProcess(url)];
    const big = { ticket: { description: 'x'.repeat(100_000) } };
    await a.bridge.send({ topic: 'queue', event: 'ticket', data: { n: 1 } });
    await a.bridge.send({ topic: 'ticket:T1', event: 'ticket', data: big });
    await b.bridge.send({ topic: 'queue', event: 'sla', data: { n: 3 } });
    await expect.poll(() => c.received.length).toBe(3);
    // Sends of one turn share a statement and keep their order.
    await Promise.all([4, 5, 6].map((n) => a.bridge.send({ topic: 'queue', event: 'x', data: n })));
    await expect.poll(() => c.received.slice(3).map((e) => e.data)).toEqual([4, 5, 6]);
    c.received.splice(3);
    await expect.poll(() => b.received.length).toBe(5);
    b.received.splice(2);
    expect(c.received).toEqual([
      { topic: 'queue', event: 'ticket', data: { n: 1 } },
      { topic: 'ticket:T1', event: 'ticket', data: big },
      { topic: 'queue', event: 'sla', data: { n: 3 } },
    ]);
    await expect.poll(() => b.received.length).toBe(2);
    await expect.poll(() => a.received.length).toBe(1);
    // Nobody gets their own events back.
    expect(a.received).toEqual([{ topic: 'queue', event: 'sla', data: { n: 3 } }]);
    expect(b.received.map((e) => e.topic)).toEqual(['queue', 'ticket:T1']);
  });

  it('delivers an event whose id was taken before one already read', async () => {
    const url = await migratedDatabase();
    const a = await hubProcess(url);
    const b = await hubProcess(url);
    // Another process's insert takes an id, then waits before committing.
    const slow = new pg.Client({ connectionString: url });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(`INSERT INTO live_events (origin, topic, event, data)
        VALUES ('slow', 'queue', 'ticket', '{"slow":true}')`);
      await slow.query(`SELECT pg_notify('tierdesk_live', '')`);
      await a.bridge.send({ topic: 'queue', event: 'ticket', data: { fast: true } });
      await expect.poll(() => b.received.length).toBe(1);
      await slow.query('COMMIT');
    } finally {
      await slow.end();
    }
    await expect
      .poll(() => b.received.map((e) => e.data))
      .toEqual([{ fast: true }, { slow: true }]);
    await expect.poll(() => a.received.map((e) => e.data)).toEqual([{ slow: true }]);
  });

  it('catches up after its connection was dropped', async () => {
    const url = await migratedDatabase();
    const errors: Error[] = [];
    const a = await hubProcess(url);
    const b = await hubProcess(url, { onError: (e) => errors.push(e) });
    await sql(
      url,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'tierdesk-live'",
    );
    // a lost its listener too; its sends go through its pool meanwhile.
    await a.bridge.send({ topic: 'queue', event: 'ticket', data: { gap: true } });
    await expect
      .poll(() => b.received)
      .toEqual([{ topic: 'queue', event: 'ticket', data: { gap: true } }]);
    expect(errors.length).toBeGreaterThan(0);
    await a.bridge.send({ topic: 'queue', event: 'ticket', data: { after: true } });
    await expect.poll(() => b.received.length).toBe(2);
  });

  it('forgets rows older than keepMs, and stops on close', async () => {
    const url = await migratedDatabase();
    const a = await hubProcess(url, { keepMs: 1000 });
    const b = await hubProcess(url);
    await a.bridge.send({ topic: 'queue', event: 'ticket', data: 1 });
    await expect.poll(() => b.received.length).toBe(1);
    await expect
      .poll(async () => (await sql(url, 'SELECT COUNT(*)::int AS n FROM live_events'))[0].n, {
        timeout: 10_000,
      })
      .toBe(0);
    await b.bridge.close();
    await a.bridge.send({ topic: 'queue', event: 'ticket', data: 2 });
    await expect(b.bridge.send({ topic: 'queue', event: 'x', data: 0 })).rejects.toThrow(/closed/);
    await new Promise((r) => setTimeout(r, 100));
    expect(b.received).toHaveLength(1);
  });
});
