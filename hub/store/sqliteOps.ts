// The SQLite parts implement HubTx synchronously (better-sqlite3 answers in the calling turn);
// sqliteStore wraps them into the asynchronous HubStore, with its transactions and read gate.
import Database from 'better-sqlite3';
import { StoreConflictError, type ConflictEntity, type HubTx } from './hubStore';

/** The same methods, answering directly instead of through a promise. */
export type Synchronous<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};

export type SqliteOps = Synchronous<HubTx>;

/** Runs an insert; a unique or primary key already taken becomes a StoreConflictError. */
export function conflictOn<T>(entity: ConflictEntity, key: string, insert: () => T): T {
  try {
    return insert();
  } catch (error) {
    if (
      error instanceof Database.SqliteError &&
      (error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === 'SQLITE_CONSTRAINT_UNIQUE')
    )
      throw new StoreConflictError(entity, key);
    throw error;
  }
}
