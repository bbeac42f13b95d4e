// The one writer of a SQLite connection: transactions queue up and those queued in the same
// event-loop turn share one BEGIN … COMMIT (group commit: one WAL commit for many intakes), each
// in its own savepoint so a failing one rolls back alone. A caller's promise settles only after
// the shared commit, so an answer never promises something not yet stored. Reads made while a
// batch is open wait for its end: on the shared connection they would see uncommitted writes.
import type Database from 'better-sqlite3';

interface Job {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface SqliteWriter {
  /** Runs `job` inside the next batch's transaction; settles after that batch committed. */
  transaction<T>(job: () => Promise<T>): Promise<T>;
  /** Runs a read on committed data: now, or after the open batch when one is. */
  read<T>(fn: () => T): Promise<T>;
  /** Waits for the queued transactions, then refuses new ones. */
  close(): Promise<void>;
}

export interface SqliteWriterOptions {
  /** Transactions per batch at most. */
  maxBatch?: number;
  /** How long a read waits for an open batch before it is refused (see `read`). */
  readWaitMs?: number;
}

export function sqliteWriter(
  db: Database.Database,
  { maxBatch = 256, readWaitMs = 5_000 }: SqliteWriterOptions = {},
): SqliteWriter {
  const sql = (text: string) => db.prepare(text);
  const begin = sql('BEGIN IMMEDIATE');
  const commit = sql('COMMIT');
  const rollback = sql('ROLLBACK');
  const savepoint = sql('SAVEPOINT job');
  const release = sql('RELEASE job');
  const rollbackTo = sql('ROLLBACK TO job');

  const pending: Job[] = [];
  let scheduled = false;
  let open = false;
  let closed = false;
  let drained: (() => void) | null = null;
  let waiting: Array<{ run: () => void; fail: (error: Error) => void }> = [];
  let watchdog: NodeJS.Timeout | null = null;

  const endOfBatch = () => {
    open = false;
    if (watchdog) clearTimeout(watchdog);
    watchdog = null;
    const readers = waiting;
    waiting = [];
    for (const r of readers) r.run();
  };

  /** One job's outcome; its savepoint (when shared) is released or rolled back. */
  const runJob = async (job: Job, shared: boolean): Promise<Outcome> => {
    if (shared) savepoint.run();
    try {
      const value = await job.run();
      if (shared) release.run();
      return { ok: true, value };
    } catch (error) {
      // A failure SQLite answers by rolling back the whole transaction leaves nothing to undo.
      if (shared && db.inTransaction) {
        rollbackTo.run();
        release.run();
      }
      return { ok: false, error };
    }
  };

  const flush = async () => {
    scheduled = false;
    const jobs = pending.splice(0, maxBatch);
    const outcomes: Outcome[] = [];
    open = true;
    try {
      begin.run();
      const shared = jobs.length > 1;
      for (let i = 0; i < jobs.length; i++) {
        outcomes.push(await runJob(jobs[i]!, shared));
        if (!db.inTransaction) {
          // SQLite rolled everything back (disk full, I/O error): what ran in this batch is
          // lost, so it all fails; the jobs not run yet wait for the next batch.
          const last = outcomes[i]!;
          const error = last.ok ? new Error('the transaction was rolled back') : last.error;
          outcomes.fill({ ok: false, error });
          pending.unshift(...jobs.splice(i + 1));
          break;
        }
      }
      if (db.inTransaction) {
        if (outcomes.some((o) => o.ok)) commit.run();
        else rollback.run();
      }
    } catch (error) {
      if (db.inTransaction) rollback.run();
      outcomes.length = jobs.length;
      outcomes.fill({ ok: false, error });
    }
    endOfBatch();
    outcomes.forEach((o, i) => (o.ok ? jobs[i]!.resolve(o.value) : jobs[i]!.reject(o.error)));
    if (pending.length > 0) schedule();
    else drained?.();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // Transactions asked for during this turn join the batch.
    setImmediate(() => void flush());
  };

  return {
    transaction: <T>(job: () => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        if (closed) return reject(new Error('the store is closed'));
        pending.push({ run: job, resolve: resolve as (v: unknown) => void, reject });
        if (!open) schedule();
      }),
    read<T>(fn: () => T): Promise<T> {
      if (closed) return Promise.reject(new Error('the store is closed'));
      if (!open) {
        try {
          return Promise.resolve(fn());
        } catch (error) {
          return Promise.reject(error);
        }
      }
      // A read awaited from inside a transaction would wait for itself: refuse it after a while
      // so the transaction fails loudly instead of holding the writer for ever.
      watchdog ??= setTimeout(() => {
        const readers = waiting;
        waiting = [];
        const error = new Error(
          `a store read waited ${readWaitMs / 1000} s for a transaction: inside transaction(fn) use tx, not the store`,
        );
        for (const r of readers) r.fail(error);
      }, readWaitMs).unref();
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          run: () => {
            try {
              resolve(fn());
            } catch (error) {
              reject(error);
            }
          },
          fail: reject,
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        if (pending.length === 0 && !open && !scheduled) resolve();
        else drained = resolve;
      }),
  };
}
