import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations';
import { openSqliteStore } from './sqliteStore';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A data folder left by a hub at schema 3, with one ticket and two events. */
function folderAtSchema3(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tierdesk-migrate-'));
  dirs.push(dir);
  const db = new Database(join(dir, 'tierdesk.sqlite'));
  db.pragma('journal_mode = WAL');
  for (const sql of migrations.slice(0, 3)) db.exec(sql);
  db.pragma('user_version = 3');
  db.prepare(
    `INSERT INTO tickets (id, number, number_seq, app_id, app_name, category, tier, priority, status,
     is_open, summary, created_at, updated_at, due_sort, breached, paused, sla_checked_at,
     major_incident, needs_triage, reporter_token_sha256, state)
     VALUES ('t1', 'TD-1001', 1001, 'payroll', 'Payroll', 'how_to', 'L1', 'P4', 'new', 1, 'S',
     '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z', 9e15, 0, 0, '2026-11-02T09:00:00.000Z',
     0, 0, 'hash', '{}')`,
  ).run();
  const insert = db.prepare(
    'INSERT INTO ticket_events (ticket_id, seq, type, at, body) VALUES (?, ?, ?, ?, ?)',
  );
  const at = '2026-11-02T09:00:00.000Z';
  insert.run('t1', 1, 'created', at, JSON.stringify({ type: 'created', at, seq: 1 }));
  insert.run('t1', 2, 'comment', at, JSON.stringify({ type: 'comment', at, seq: 2 }));
  db.close();
  return dir;
}

describe('migration 4 (events in a rowid table, unused indexes dropped)', () => {
  it('keeps every event of an older folder, in order, and the log stays append-only', async () => {
    const dir = folderAtSchema3();
    const store = await openSqliteStore(dir);
    try {
      expect((await store.events('t1')).map((e) => [e.seq, e.type])).toEqual([
        [1, 'created'],
        [2, 'comment'],
      ]);
      const at = '2026-11-02T10:00:00.000Z';
      const append = (seq: number) =>
        store.transaction((tx) => tx.appendEvents('t1', [{ type: 'comment', at, seq } as never]));
      await append(3);
      expect(await store.events('t1')).toHaveLength(3);
      // A gap and a repeated number are both refused.
      await expect(append(5)).rejects.toThrow(/does not follow/);
      await expect(append(1)).rejects.toThrow(/UNIQUE/);
    } finally {
      await store.close();
    }
    const db = new Database(join(dir, 'tierdesk.sqlite'));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      const sql = db
        .prepare("SELECT sql FROM sqlite_schema WHERE name = 'ticket_events'")
        .pluck()
        .get() as string;
      expect(sql).not.toMatch(/WITHOUT ROWID/i);
      const names = db
        .prepare("SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger')")
        .pluck()
        .all();
      expect(names).toEqual(
        expect.arrayContaining([
          'ticket_events_sla',
          'ticket_events_no_update',
          'ticket_events_no_delete',
        ]),
      );
      expect(names).not.toContain('tickets_created');
      expect(names).not.toContain('tickets_incident');
      expect(() => db.prepare("UPDATE ticket_events SET type = 'x'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM ticket_events').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});
