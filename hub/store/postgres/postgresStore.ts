// PostgreSQL implementation of HubStore (node-postgres): connects, applies the migrations, and
// composes the parts; each transaction runs on one pooled connection, BEGIN … COMMIT.
import pg from 'pg';
import type { HubReads, HubStore, HubTx } from '../hubStore';
import { migratePostgres } from './migratePostgres';
import { pgAgentStore } from './pgAgentStore';
import { pgDb, type PgDb } from './pgDb';
import { pgIncidentStore } from './pgIncidentStore';
import { pgKnowledgeStore } from './pgKnowledgeStore';
import { readStats } from './pgStats';
import { pgTicketStore } from './pgTicketStore';

export type PostgresStoreOptions =
  | {
      /** `postgres://user:password@host:5432/database` (libpq URL, `?sslmode=` and all). */
      url: string;
      /** Connections this hub process may hold (default 10). */
      maxConnections?: number;
      /** An idle connection the server dropped (restart, failover); the pool replaces it. */
      onIdleError?: (error: Error) => void;
    }
  | {
      /** A pool the caller owns: the store never ends it. */
      pool: pg.Pool;
    };

/** Deadlock and serialization failure: PostgreSQL rolled back, and running `fn` again is safe. */
const retryable = new Set(['40P01', '40001']);
const maxAttempts = 5;

/** Every operation of HubTx on one way to the database (pool or a transaction's client). */
function pgOperations(db: PgDb): HubTx {
  return {
    ...pgTicketStore(db),
    ...pgIncidentStore(db),
    ...pgKnowledgeStore(db),
    ...pgAgentStore(db),
    stats: () => readStats(db),
  };
}

/** The reads of `ops` (the store's own face: no writes outside a transaction). */
function readsOf(ops: HubTx): HubReads {
  const { getTicket, events, ticketIdByReporterToken, queue, queueRow, queueRowsByIds } = ops;
  const { slaDue, nextSlaWake, countOpen, intakeRequest, attachmentByHash, attachment } = ops;
  const { knownIssues, knownIssue, recentIncidents, incident, incidentTicketIds } = ops;
  const { agentByTokenHash, agents, agentRole, stats } = ops;
  return {
    ...{ getTicket, events, ticketIdByReporterToken, queue, queueRow, queueRowsByIds },
    ...{ slaDue, nextSlaWake, countOpen, intakeRequest, attachmentByHash, attachment },
    ...{ knownIssues, knownIssue, recentIncidents, incident, incidentTicketIds },
    ...{ agentByTokenHash, agents, agentRole, stats },
  };
}

/** The same methods, each refused (rejected) once `refusal()` gives a reason. */
function gated<T extends object>(ops: T, refusal: (name: string) => string | null): T {
  const out: Record<string, unknown> = {};
  for (const [name, op] of Object.entries(ops) as Array<[string, (...a: unknown[]) => unknown]>) {
    out[name] = (...args: unknown[]) => {
      const reason = refusal(name);
      return reason ? Promise.reject(new Error(reason)) : op(...args);
    };
  }
  return out as T;
}

/** Connects to PostgreSQL, brings the schema up to date and resolves once it can answer. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<HubStore> {
  const ownPool = 'url' in options;
  const pool = ownPool
    ? new pg.Pool({
        connectionString: options.url,
        max: options.maxConnections ?? 10,
        application_name: 'tierdesk-hub',
      })
    : options.pool;
  // Without a listener, a dropped idle connection's error would end the process.
  if (ownPool) pool.on('error', options.onIdleError ?? (() => {}));
  try {
    await migratePostgres(pool);
  } catch (error) {
    if (ownPool) await pool.end();
    throw error;
  }

  let closed = false;
  const running = new Set<Promise<unknown>>();
  const closedReason = (name: string) =>
    closed ? `${name}: the PostgreSQL store is closed` : null;
  const reads = gated(readsOf(pgOperations(pgDb(pool, false))), closedReason);

  async function attempt<T>(fn: (tx: HubTx) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let active = true;
    let broken: Error | undefined;
    const tx = gated(pgOperations(pgDb(client, true)), (name) =>
      active ? null : `tx.${name} after its transaction ended`,
    );
    try {
      await client.query('BEGIN');
      const value = await fn(tx);
      active = false;
      const commit = await client.query('COMMIT');
      // COMMIT of a transaction an error aborted (one `fn` caught and went on from) rolls back.
      if (commit.command !== 'COMMIT')
        throw new Error('the transaction was rolled back: a statement in it failed');
      return value;
    } catch (error) {
      active = false;
      await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw error;
    } finally {
      // A connection that could not roll back is closed, not handed to the next transaction.
      client.release(broken);
    }
  }

  async function transaction<T>(fn: (tx: HubTx) => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      try {
        return await attempt(fn);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (n >= maxAttempts || typeof code !== 'string' || !retryable.has(code)) throw error;
        // A little random wait: the two sides of a deadlock retried at once can meet again (a
        // row lock is not handed to the waiter first).
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * n));
      }
    }
  }

  return {
    ...reads,
    kind: 'postgres',
    transaction(fn) {
      if (closed) return Promise.reject(new Error('transaction: the PostgreSQL store is closed'));
      const run = transaction(fn);
      running.add(run);
      const forget = () => running.delete(run);
      run.then(forget, forget);
      return run;
    },
    async secret(name, create) {
      if (closed) throw new Error('secret: the PostgreSQL store is closed');
      const read = async () =>
        (await pool.query<{ value: string }>('SELECT value FROM secrets WHERE name = $1', [name]))
          .rows[0]?.value;
      const found = await read();
      if (found !== undefined) return found;
      // Hubs starting together may each create one: the first stored is the one all use.
      await pool.query(
        'INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
        [name, create()],
      );
      return (await read())!;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...running]);
      if (ownPool) await pool.end();
    },
  };
}

/** The name the hub's other backends use (`open<Name>Store`). */
export const openPostgresStore = createPostgresStore;
