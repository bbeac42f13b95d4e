import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations as sqliteMigrations } from '../migrations';
import { migratePostgres } from './migratePostgres';
import { pgMigrations } from './pgMigrations';
import { postgresForTests } from './testing/postgresForTests';

const postgres = postgresForTests();
const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
});

async function freshPool(): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: await postgres.database(), max: 4 });
  pools.push(pool);
  return pool;
}

const rows = async <T extends pg.QueryResultRow>(pool: pg.Pool, sql: string) =>
  (await pool.query<T>(sql)).rows;

describe('migratePostgres', () => {
  it('builds the schema in an empty database and records its version', async () => {
    const pool = await freshPool();
    expect(await migratePostgres(pool)).toEqual({ from: 0, to: pgMigrations.length });
    const versions = await rows<{ version: number }>(pool, 'SELECT version FROM schema_version');
    expect(versions.map((r) => r.version)).toEqual(pgMigrations.map((_, i) => i + 1));
    const numbers = await rows<{ n: string }>(pool, "SELECT nextval('ticket_numbers') AS n");
    expect(numbers[0]!.n).toBe('1001');
  });

  it('is a no-op when run again', async () => {
    const pool = await freshPool();
    await migratePostgres(pool);
    await pool.query(`INSERT INTO secrets (name, value) VALUES ('kept', 'yes')`);
    expect(await migratePostgres(pool)).toEqual({
      from: pgMigrations.length,
      to: pgMigrations.length,
    });
    expect(await rows(pool, 'SELECT value FROM secrets')).toEqual([{ value: 'yes' }]);
    expect(await rows(pool, 'SELECT COUNT(*)::int AS n FROM schema_version')).toEqual([
      { n: pgMigrations.length },
    ]);
  });

  it('applies the schema once when several hubs start together', async () => {
    const url = await postgres.database();
    const hubs = [0, 1, 2].map(() => new pg.Pool({ connectionString: url, max: 2 }));
    pools.push(...hubs);
    const outcomes = await Promise.all(hubs.map((pool) => migratePostgres(pool)));
    // Exactly one found an empty database; the others waited on the lock and found it done.
    expect(outcomes.map((o) => o.from).sort()).toEqual([
      0,
      pgMigrations.length,
      pgMigrations.length,
    ]);
    expect(await rows(hubs[0]!, 'SELECT COUNT(*)::int AS n FROM schema_version')).toEqual([
      { n: pgMigrations.length },
    ]);
  });

  it('refuses a database written by a newer hub', async () => {
    const pool = await freshPool();
    await migratePostgres(pool);
    await pool.query('INSERT INTO schema_version (version) VALUES (99)');
    await expect(migratePostgres(pool)).rejects.toThrow(
      new RegExp(`newer hub \\(schema 99 > ${pgMigrations.length}\\)`),
    );
  });

  it('leaves the database as it was when a migration fails', async () => {
    const pool = await freshPool();
    const broken = [...pgMigrations, 'CREATE TABLE later (x int); SELECT no_such_function();'];
    await expect(migratePostgres(pool, broken)).rejects.toThrow(/no_such_function/);
    const tables = await rows(
      pool,
      "SELECT to_regclass('tickets') AS t, to_regclass('later') AS l",
    );
    expect(tables).toEqual([{ t: null, l: null }]);
  });

  it('keeps the event log append-only', async () => {
    const pool = await freshPool();
    await migratePostgres(pool);
    await pool.query(`INSERT INTO tickets (id, number, number_seq, app_id, app_name, category, tier,
      priority, status, is_open, summary, created_at, updated_at, due_sort, breached, paused,
      sla_checked_at, major_incident, needs_triage, reporter_token_sha256, state)
      VALUES ('t1', 'TD-1001', 1001, 'payroll', 'Payroll', 'how_to', 'L1', 'P4', 'new', true, 'S',
      now(), now(), 9e15, false, false, now(), false, false, 'hash', '{}')`);
    await pool.query(`INSERT INTO ticket_events VALUES ('t1', 1, 'created', now(), '{}')`);
    await expect(pool.query("UPDATE ticket_events SET type = 'x'")).rejects.toThrow(/append-only/);
    await expect(pool.query('DELETE FROM ticket_events')).rejects.toThrow(/append-only/);
    await expect(pool.query('TRUNCATE ticket_events')).rejects.toThrow(/append-only/);
    // Duplicate sequence numbers are refused by the key.
    await expect(
      pool.query(`INSERT INTO ticket_events VALUES ('t1', 1, 'comment', now(), '{}')`),
    ).rejects.toThrow(/duplicate key/);
  });
});

describe('the PostgreSQL schema beside the SQLite one', () => {
  // live_events is PostgreSQL's alone: it carries live updates between hub processes.
  it('has the same tables, columns and named indexes', async () => {
    const sqlite = new Database(':memory:');
    for (const sql of sqliteMigrations) sqlite.exec(sql);
    const sqliteTables = sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    const sqliteColumns = Object.fromEntries(
      sqliteTables
        // Ticket numbers come from a sequence in PostgreSQL instead of the counters table.
        .filter((t) => t !== 'counters')
        .map((t) => [
          t,
          (sqlite.pragma(`table_info(${t})`) as Array<{ name: string }>).map((c) => c.name).sort(),
        ]),
    );
    const sqliteIndexes = sqlite
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all();
    sqlite.close();

    const pool = await freshPool();
    await migratePostgres(pool);
    const columns = await rows<{ table_name: string; column_name: string }>(
      pool,
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name NOT IN ('schema_version', 'live_events')
       ORDER BY table_name, column_name`,
    );
    const pgColumns: Record<string, string[]> = {};
    for (const c of columns) (pgColumns[c.table_name] ??= []).push(c.column_name);
    expect(pgColumns).toEqual(sqliteColumns);
    const indexes = await rows<{ indexname: string }>(
      pool,
      `SELECT indexname FROM pg_indexes WHERE schemaname = 'public'
       AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'
       AND tablename <> 'live_events' ORDER BY indexname`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual(sqliteIndexes);
  });
});
