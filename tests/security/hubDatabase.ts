// Looks into a hub's SQLite file from outside the hub (a second connection, as an operator
// would): a fingerprint of every row, to prove a rejected request stored nothing, and the
// one way to deactivate an agent today (the hub has no route or command for it yet).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';

function open(dataDir: string, readonly: boolean): Database.Database {
  const db = new Database(join(dataDir, 'tierdesk.sqlite'), { readonly, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Row counts per table and one hash over every row of every table. */
export function databaseFingerprint(dataDir: string): {
  counts: Record<string, number>;
  hash: string;
} {
  const db = open(dataDir, true);
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    const hash = createHash('sha256');
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      counts[table] = rows.length;
      const lines = rows.map((r) =>
        JSON.stringify(r, (_k, v: unknown) =>
          Buffer.isBuffer(v) ? createHash('sha256').update(v).digest('hex') : v,
        ),
      );
      hash.update(`${table}\n${lines.sort().join('\n')}\n`);
    }
    return { counts, hash: hash.digest('hex') };
  } finally {
    db.close();
  }
}

/** Marks an agent inactive, as an admin would by editing the database. */
export function deactivateAgent(dataDir: string, agentId: string): void {
  const db = open(dataDir, false);
  try {
    const changed = db.prepare('UPDATE agents SET active = 0 WHERE id = ?').run(agentId).changes;
    if (changed !== 1) throw new Error(`no agent ${agentId}`);
  } finally {
    db.close();
  }
}

/** Every ticket id in the database (for delivery counts after a crash). */
export function storedTicketIds(dataDir: string): string[] {
  const db = open(dataDir, true);
  try {
    return db.prepare('SELECT id FROM tickets').pluck().all() as string[];
  } finally {
    db.close();
  }
}
