// Brings a PostgreSQL database up to the hub's schema at start: the missing migrations in one
// transaction, under an advisory lock so hubs starting together apply them once.
import type pg from 'pg';
import { pgMigrations } from './pgMigrations';

/** The advisory lock key of schema changes ("tierdesk" in ASCII, read as a number). */
export const schemaLockKey = '8388347322939306859';

export interface MigrationOutcome {
  /** The schema version found, 0 for an empty database. */
  from: number;
  to: number;
}

/**
 * Applies the migrations the database lacks. A database written by a newer hub is refused,
 * and a failing migration leaves the database as it was (DDL is transactional in PostgreSQL).
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly string[] = pgMigrations,
): Promise<MigrationOutcome> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Taken before anything is read: a second hub waits here, then finds the work done.
    await client.query('SELECT pg_advisory_xact_lock($1)', [schemaLockKey]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version integer PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const found = await client.query<{ version: number }>(
      'SELECT COALESCE(MAX(version), 0)::int AS version FROM schema_version',
    );
    const from = found.rows[0]!.version;
    if (from > migrations.length) {
      throw new Error(
        `the database was written by a newer hub (schema ${from} > ${migrations.length})`,
      );
    }
    for (let v = from; v < migrations.length; v++) {
      await client.query(migrations[v]!);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [v + 1]);
    }
    await client.query('COMMIT');
    return { from, to: migrations.length };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
