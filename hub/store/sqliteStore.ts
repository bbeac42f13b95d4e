// SQLite implementation of HubStore (better-sqlite3, WAL): opens and migrates the database,
// composes the parts (tickets and queue, incidents, attachments and known issues, agents) and
// puts them behind the asynchronous interface, transactions going through the one writer.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { HubReads, HubStore, HubTx } from './hubStore';
import type { SqliteOps } from './sqliteOps';
import { sqliteWriter } from './sqliteWriter';
import { migrations } from './migrations';
import { sqliteAgentStore } from './sqliteAgentStore';
import { sqliteIncidentStore } from './sqliteIncidentStore';
import { sqliteKnowledgeStore } from './sqliteKnowledgeStore';
import { readStats } from './sqliteStats';
import { sqliteTicketStore } from './sqliteTicketStore';

const readNames = [
  'getTicket',
  'events',
  'ticketIdByReporterToken',
  'queue',
  'queueRow',
  'queueRowsByIds',
  'slaDue',
  'nextSlaWake',
  'countOpen',
  'intakeRequest',
  'attachmentByHash',
  'attachment',
  'knownIssues',
  'knownIssue',
  'recentIncidents',
  'incident',
  'incidentTicketIds',
  'agentByTokenHash',
  'agents',
  'agentRole',
  'stats',
] as const satisfies ReadonlyArray<keyof HubReads>;

/** Opens (and migrates) the hub database in `dataDir`, or in memory for `':memory:'`. */
export async function openSqliteStore(dataDir: string): Promise<HubStore> {
  const db = openSqliteDatabase(dataDir);
  const ops = sqliteOps(db);
  const writer = sqliteWriter(db);
  const secretGet = db.prepare('SELECT value FROM secrets WHERE name = ?').pluck();
  const secretSet = db.prepare('INSERT INTO secrets (name, value) VALUES (?, ?)');
  const opNames = Object.keys(ops) as Array<keyof SqliteOps>;

  // The operations of a transaction handle, made once: a handle is an object over them with its
  // own `active` flag. (Building ~40 closures per transaction was 6.5 KB of the ~150 KB an
  // intake allocates, all of it garbage for the scavenger.)
  type TxState = { active: boolean };
  const txOps = {} as Record<string, (this: TxState, ...args: unknown[]) => Promise<unknown>>;
  for (const name of opNames) {
    const op = ops[name] as (...args: unknown[]) => unknown;
    txOps[name] = function (this: TxState, ...args: unknown[]) {
      if (!this.active) return Promise.reject(new Error(`tx.${name} after its transaction ended`));
      try {
        return Promise.resolve(op(...args));
      } catch (error) {
        return Promise.reject(error);
      }
    };
  }

  /** A handle for one transaction: the operations, refused once `fn` has settled. */
  const txHandle = () => {
    const tx = Object.create(txOps) as TxState;
    tx.active = true;
    return { tx: tx as unknown as HubTx, end: () => (tx.active = false) };
  };

  const reads = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of readNames) {
    const op = ops[name] as (...args: unknown[]) => unknown;
    reads[name] = (...args) => writer.read(() => op(...args));
  }
  return {
    ...(reads as unknown as HubReads),
    kind: 'sqlite',
    transaction: <T>(fn: (tx: HubTx) => Promise<T>) =>
      writer.transaction(async () => {
        const handle = txHandle();
        try {
          return await fn(handle.tx);
        } finally {
          handle.end();
        }
      }),
    secret: (name, create) =>
      writer.transaction(async () => {
        const found = secretGet.get(name) as string | undefined;
        if (found !== undefined) return found;
        const value = create();
        secretSet.run(name, value);
        return value;
      }),
    close: async () => {
      await writer.close();
      db.close();
    },
  };
}

/** Every operation of HubTx, synchronously, on one connection. */
export function sqliteOps(db: Database.Database): SqliteOps {
  return {
    ...sqliteTicketStore(db),
    ...sqliteIncidentStore(db),
    ...sqliteKnowledgeStore(db),
    ...sqliteAgentStore(db),
    stats: () => readStats(db),
  };
}

/** Opens the database file with the hub's settings and brings its schema up to date. */
function openSqliteDatabase(dataDir: string): Database.Database {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'tierdesk.sqlite');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL: a commit survives a process crash; only an OS crash may lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 8 MB of page cache: with 100,000 open tickets, 4, 8 and 16 MB gave the same intake CPU
  // (0.65–0.88 ms a ticket) and queue top 50 (~1 ms in-process), the pages a miss needs being in
  // the OS's file cache; the cache is resident memory, and 32 MB cost ~40 MB of peak RSS under
  // intake (docs/hub.md, "Memory").
  db.pragma('cache_size = -8000');
  db.pragma('temp_store = MEMORY');
  // An intake commit writes ~100 WAL pages (16 tickets), so the default checkpoint every 1,000
  // pages ran in a request's turn every ~10 commits, copying the same hot index pages again
  // each time; every 10,000 pages (≤ 40 MB of WAL, trimmed back to 64 MB at most) copies
  // them once per ~100 commits.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('journal_size_limit = 67108864');
  migrate(db);
  return db;
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new Error(
      `the data folder was written by a newer hub (schema ${version} > ${migrations.length})`,
    );
  }
  for (let v = version; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
