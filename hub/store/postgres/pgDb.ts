// How the PostgreSQL store's parts reach the database: the pool (committed reads) or one
// transaction's client, every statement prepared, parameters made storable, conflicts typed.
import type pg from 'pg';
import { StoreConflictError, type ConflictEntity } from '../hubStore';

export interface PgDb {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
  /** On a transaction's client: the reads the contract says lock (ticket, known issue, app) lock. */
  readonly inTransaction: boolean;
}

const statementNames = new Map<string, string>();

/**
 * A name for each distinct SQL text (the queue's filter shapes included, a bounded set), so each
 * connection parses and plans a statement once instead of on every call: a third less CPU per
 * query on both sides. Past 1,000 texts new ones run unnamed.
 */
export function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < 1000)
    statementNames.set(text, (name = `tierdesk_${statementNames.size + 1}`));
  return name;
}

/**
 * A parameter as PostgreSQL can take it. Text there cannot hold U+0000 (SQLite's can): it is sent
 * as U+FFFD. What that touches: a user's text in a column (the exact text stays in the record's
 * JSON, where JSON.stringify escapes it, and that is what is returned as the record), and a
 * lookup key with U+0000, which then finds nothing, as no stored id or hash has U+FFFD.
 */
function pgValue(value: unknown): unknown {
  if (typeof value === 'string')
    return value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value;
  return Array.isArray(value) ? value.map(pgValue) : value;
}

/** A PgDb over a pool or a client, every statement named (prepared once per connection). */
export function pgDb(on: pg.Pool | pg.PoolClient, inTransaction: boolean): PgDb {
  return {
    inTransaction,
    query: <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
      on.query<R>({ name: statementName(text), text, values: values.map(pgValue) }),
  };
}

/** Runs an insert; a unique or primary key already taken (SQLSTATE 23505) is a StoreConflictError. */
export async function conflictOn<T>(
  entity: ConflictEntity,
  key: string,
  insert: Promise<T>,
): Promise<T> {
  try {
    return await insert;
  } catch (error) {
    if ((error as { code?: unknown }).code === '23505') throw new StoreConflictError(entity, key);
    throw error;
  }
}
