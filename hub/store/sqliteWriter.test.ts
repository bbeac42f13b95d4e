import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteWriter, type SqliteWriter } from './sqliteWriter';

let db: Database.Database;
let begins = 0;
let writer: SqliteWriter;

/** The connection, counting the transactions the writer opens. */
function countingDb(real: Database.Database): Database.Database {
  return new Proxy(real, {
    get(target, prop) {
      if (prop !== 'prepare') return Reflect.get(target, prop, target) as unknown;
      return (sql: string) => {
        const statement = target.prepare(sql);
        if (!sql.startsWith('BEGIN')) return statement;
        return { run: () => (begins++, statement.run()) };
      };
    },
  });
}

const insert = (n: number) => db.prepare('INSERT INTO t (n) VALUES (?)').run(n);
const all = () => db.prepare('SELECT n FROM t ORDER BY n').pluck().all();

beforeEach(() => {
  db = new Database(':memory:');
  db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
  begins = 0;
  writer = sqliteWriter(countingDb(db), { readWaitMs: 50 });
});
afterEach(() => db.close());

describe('sqliteWriter', () => {
  it('commits the transactions of one turn together; a failing one rolls back alone', async () => {
    const committed: boolean[] = [];
    const settle = (p: Promise<unknown>) =>
      p.then(
        () => committed.push(!db.inTransaction),
        () => committed.push(!db.inTransaction),
      );
    const results = await Promise.allSettled(
      [
        writer.transaction(async () => insert(1)),
        writer.transaction(async () => {
          insert(2);
          throw new Error('refused');
        }),
        writer.transaction(async () => insert(3)),
      ].map((p) => (void settle(p), p)),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(begins).toBe(1);
    // Nobody hears back before the commit.
    expect(committed).toEqual([true, true, true]);
    expect(all()).toEqual([1, 3]);
    await writer.transaction(async () => insert(4));
    expect(begins).toBe(2);
  });

  it('rolls back a lone transaction that fails, and a batch whose every job failed', async () => {
    await expect(
      writer.transaction(async () => {
        insert(1);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(all()).toEqual([]);
    expect(db.inTransaction).toBe(false);
  });

  it('holds a read asked during an open batch until its commit', async () => {
    let seen: unknown[] | null = null;
    await writer.transaction(async () => {
      insert(1);
      void writer.read(all).then((rows) => (seen = rows));
      await Promise.resolve();
      expect(seen).toBeNull();
      insert(2);
    });
    await Promise.resolve();
    expect(seen).toEqual([1, 2]);
    expect(await writer.read(all)).toEqual([1, 2]);
  });

  it('refuses a read awaited inside a transaction instead of waiting for ever', async () => {
    await expect(
      writer.transaction(async () => {
        insert(1);
        await writer.read(all);
      }),
    ).rejects.toThrow(/inside transaction\(fn\) use tx/);
    expect(all()).toEqual([]);
  });

  it('runs what was queued before close, and refuses what comes after', async () => {
    const queued = writer.transaction(async () => insert(1));
    await writer.close();
    await queued;
    expect(all()).toEqual([1]);
    await expect(writer.transaction(async () => insert(2))).rejects.toThrow(/closed/);
    await expect(writer.read(all)).rejects.toThrow(/closed/);
  });
});
