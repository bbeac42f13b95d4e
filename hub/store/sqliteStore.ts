// SQLite implementation of SyncHubStore (better-sqlite3, WAL): opens and migrates the database and
// composes the parts (tickets and queue, incidents, attachments and known issues, agents).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SyncHubStore } from './syncHubStore';
import { migrations } from './migrations';
import { sqliteAgentStore } from './sqliteAgentStore';
import { sqliteIncidentStore } from './sqliteIncidentStore';
import { sqliteKnowledgeStore } from './sqliteKnowledgeStore';
import { readStats } from './sqliteStats';
import { sqliteTicketStore } from './sqliteTicketStore';

/** Opens (and migrates) the hub database in `dataDir`, or in memory for `':memory:'`. */
export function openSqliteStore(dataDir: string): SyncHubStore {
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
  // 16 MB of page cache holds the hot queue index pages of ~100,000 open tickets (queue top 50
  // p95 4–6 ms either way); 32 MB cost ~40 MB of peak RSS under intake, past the 250 MB budget.
  db.pragma('cache_size = -16000');
  db.pragma('temp_store = MEMORY');
  // An intake commit writes ~100 WAL pages (16 tickets), so the default checkpoint every 1,000
  // pages ran in a request's turn every ~10 commits, copying the same hot index pages again
  // each time; every 10,000 pages (≤ 40 MB of WAL, trimmed back to 64 MB at most) copies
  // them once per ~100 commits.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('journal_size_limit = 67108864');
  migrate(db);

  const secretGet = db.prepare('SELECT value FROM secrets WHERE name = ?').pluck();
  const secretSet = db.prepare('INSERT INTO secrets (name, value) VALUES (?, ?)');
  // One transaction function for every write: better-sqlite3 builds four wrappers per
  // `db.transaction(fn)`, which intake paid twice per ticket. Nested calls run in a savepoint.
  const inTransaction = db.transaction((fn: () => unknown) => fn());
  return {
    write: <T>(fn: () => T) => inTransaction.immediate(fn) as T,
    secret(name, create) {
      const found = secretGet.get(name) as string | undefined;
      if (found !== undefined) return found;
      const value = create();
      secretSet.run(name, value);
      return value;
    },
    ...sqliteTicketStore(db),
    ...sqliteIncidentStore(db),
    ...sqliteKnowledgeStore(db),
    ...sqliteAgentStore(db),
    stats: () => readStats(db),
    close: () => db.close(),
  };
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
