// What only PostgreSQL brings beside the contract: several hub processes on one database,
// deadlock retries, aborted transactions, text PostgreSQL cannot hold, and the pool's ownership.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  at,
  idOf,
  incidentRecord,
  insertOne,
  insertTickets,
  ticketRecord,
} from '../contract/contractFixtures';
import { StoreConflictError, type HubStore } from '../hubStore';
import { queueRowOf } from '../queueRowOf';
import { createPostgresStore } from './postgresStore';
import { postgresForTests } from './testing/postgresForTests';

const postgres = postgresForTests();

const open: Array<{ close(): Promise<void> }> = [];
const urls = new WeakMap<HubStore, string>();
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** `n` hub processes on one fresh database: each its own store and connection pool. */
async function hubs(n: number): Promise<HubStore[]> {
  const url = await postgres.database();
  const stores = await Promise.all(
    Array.from({ length: n }, () => createPostgresStore({ url, maxConnections: 4 })),
  );
  open.push(...stores);
  for (const store of stores) urls.set(store, url);
  return stores;
}

/** The URL of the database `hubs` opened a store on. */
function urlOf(store: HubStore): string {
  const url = urls.get(store);
  if (!url) throw new Error('store not opened by hubs()');
  return url;
}

describe('several hub processes on one database', () => {
  it('let exactly one of two concurrent intakes of one ticket id win; the other is a conflict', async () => {
    const [a, b] = await hubs(2);
    // Both have looked for an earlier answer before either stores: the race intake can lose.
    let lookedUp: () => void = () => {};
    const bothLookedUp = new Promise<void>((resolve) => {
      let count = 0;
      lookedUp = () => ++count === 2 && resolve();
    });
    // What intake does: look for an earlier answer, then number and store the ticket.
    const intake = (store: HubStore) =>
      store.transaction(async (tx) => {
        if (await tx.intakeRequest(idOf(1))) return 'replayed';
        lookedUp();
        await bothLookedUp;
        const record = ticketRecord({ n: 1 });
        await tx.nextTicketNumber();
        await insertOne(tx, record);
        await tx.saveIntakeRequest(
          { ticketId: idOf(1), bodySha256: 'a'.repeat(64), receipt: { number: 'TD-1001' } },
          at(0),
        );
        return 'created';
      });
    const results = await Promise.allSettled([intake(a!), intake(b!)]);
    const created = results.filter((r) => r.status === 'fulfilled' && r.value === 'created');
    const conflicts = results.filter(
      (r) => r.status === 'rejected' && r.reason instanceof StoreConflictError,
    );
    expect(created).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    expect((conflicts[0] as PromiseRejectedResult).reason.entity).toBe('ticket');
    expect(await a!.events(idOf(1))).toHaveLength(1);
    // A retry after the conflict finds the first answer.
    expect(await intake(b!)).toBe('replayed');
  });

  it("group one app's concurrent intakes into one incident across processes", async () => {
    const stores = await hubs(3);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        stores[i % 3]!.transaction(async (tx) => {
          const [group] = await tx.recentIncidents('payroll', at(0));
          const base = group ?? incidentRecord(`inc-${i}`, 'payroll', at(1));
          await tx.saveIncident({ ...base, size: group ? group.size + 1 : 1 });
          await tx.addIncidentTicket(base.id, idOf(i), `u-${i}`);
        }),
      ),
    );
    const groups = await stores[0]!.recentIncidents('payroll', at(0));
    expect(groups.map((g) => g.size)).toEqual([12]);
    expect(await stores[1]!.incidentTicketIds(groups[0]!.id, 100)).toHaveLength(12);
  });

  it('give every process distinct ticket numbers and the same secret', async () => {
    const stores = await hubs(3);
    const numbers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        stores[i % 3]!.transaction((tx) => tx.nextTicketNumber()),
      ),
    );
    expect(new Set(numbers).size).toBe(30);
    const secrets = await Promise.all(stores.map((s, i) => s.secret('hub', () => `made-by-${i}`)));
    expect(new Set(secrets).size).toBe(1);
  });
});

describe('transactions on PostgreSQL', () => {
  it('run again after a deadlock, and both sides commit', async () => {
    const [store] = await hubs(1);
    await insertTickets(store!, [{ n: 1 }, { n: 2 }]);
    let calls = 0;
    let bothLocked: () => void = () => {};
    const firstLocks = new Promise<void>((resolve) => {
      let count = 0;
      bothLocked = () => ++count === 2 && resolve();
    });
    // Each locks one ticket, waits until the other holds its own, then asks for the other's.
    const crossed = (first: number, second: number) =>
      store!.transaction(async (tx) => {
        calls++;
        const a = (await tx.getTicket(idOf(first)))!;
        bothLocked();
        await firstLocks;
        const b = (await tx.getTicket(idOf(second)))!;
        const tag = (r: typeof a) => ({
          ...r,
          ticket: { ...r.ticket, summary: `${r.ticket.summary} +${first}` },
        });
        await tx.updateTicket(tag(a));
        await tx.updateTicket(tag(b));
      });
    await Promise.all([crossed(1, 2), crossed(2, 1)]);
    // PostgreSQL chose a victim (40P01) whose `fn` ran again; the retry can meet the other side
    // once more before it gets the row lock, so at least one rerun, at most the attempts allowed.
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(calls).toBeLessThanOrEqual(10);
    for (const n of [1, 2]) {
      const summary = (await store!.getTicket(idOf(n)))!.ticket.summary;
      expect(summary.split(' +').slice(1).sort()).toEqual(['1', '2']);
    }
  });

  it('reject when fn swallowed a failed statement, rather than report a commit that rolled back', async () => {
    const [store] = await hubs(1);
    await insertTickets(store!, [{ n: 1 }]);
    const outcome = store!.transaction(async (tx) => {
      await insertOne(tx, ticketRecord({ n: 2 }));
      await insertOne(tx, ticketRecord({ n: 1 })).catch(() => {});
      return 'done';
    });
    await expect(outcome).rejects.toThrow(/rolled back/);
    expect(await store!.getTicket(idOf(2))).toBeNull();
  });

  it('wait for transactions under way when closing', async () => {
    const [store] = await hubs(1);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const running = store!.transaction(async (tx) => {
      await insertOne(tx, ticketRecord({ n: 1 }));
      await held;
    });
    await new Promise((r) => setTimeout(r, 20));
    const closing = store!.close();
    release();
    await Promise.all([running, closing]);
    const check = await createPostgresStore({ url: urlOf(store!) });
    open.push(check);
    expect(await check.getTicket(idOf(1))).not.toBeNull();
  });
});

describe('what PostgreSQL stores differently', () => {
  it('keeps a ticket with U+0000 in its text, exactly, and shows U+FFFD in its queue row', async () => {
    const [store] = await hubs(1);
    const record = ticketRecord({ n: 1 });
    record.ticket = {
      ...record.ticket,
      summary: 'Printer \u0000 jam',
      reporter: { name: 'A\u0000B' },
      description: 'lone \ud800 surrogate and \u0000',
    };
    await store!.transaction((tx) => insertOne(tx, record));
    expect(await store!.getTicket(idOf(1))).toEqual(record);
    expect(await store!.queueRow(idOf(1))).toEqual({
      ...queueRowOf(record),
      summary: 'Printer \uFFFD jam',
      reporterName: 'A\uFFFDB',
    });
    expect((await store!.events(idOf(1)))[0]).toMatchObject({ ticket: record.ticket });
  });

  it('gives a ticket back byte for byte (key order kept)', async () => {
    const [store] = await hubs(1);
    const record = ticketRecord({ n: 1 });
    await store!.transaction((tx) => insertOne(tx, record));
    const back = await store!.getTicket(idOf(1));
    expect(JSON.stringify(back!.ticket)).toBe(JSON.stringify(record.ticket));
  });
});

describe('the connection pool', () => {
  it("leaves a caller's pool open on close", async () => {
    const pool = new pg.Pool({ connectionString: await postgres.database(), max: 2 });
    try {
      const store = await createPostgresStore({ pool });
      await store.close();
      await expect(store.countOpen()).rejects.toThrow(/closed/);
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });

  it('survives the server dropping an idle connection', async () => {
    const url = await postgres.database();
    const dropped: Error[] = [];
    const store = await createPostgresStore({ url, onIdleError: (e) => dropped.push(e) });
    open.push(store);
    await insertTickets(store, [{ n: 1 }]);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE application_name = 'tierdesk-hub' AND pid <> pg_backend_pid()`,
      );
    } finally {
      await admin.end();
    }
    await expect.poll(() => dropped.length).toBeGreaterThan(0);
    expect(await store.countOpen()).toBe(1);
  });

  it('refuses to start on a database written by a newer hub, and closes its connections', async () => {
    const url = await postgres.database();
    const first = await createPostgresStore({ url });
    await first.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('INSERT INTO schema_version (version) VALUES (42)');
      await expect(createPostgresStore({ url })).rejects.toThrow(/newer hub/);
      const { rows } = await client.query(
        "SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE application_name = 'tierdesk-hub'",
      );
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await client.end();
    }
  });
});
