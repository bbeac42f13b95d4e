// Group commit: writes queued in the same event-loop turn share one transaction (one WAL commit),
// each in its own savepoint so a failing write rolls back alone. Callers get their result only
// after the shared commit, so an answer never promises something not yet stored.
import type { SyncHubStore } from './syncHubStore';

interface Job {
  fn: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export type GroupWrite = <T>(fn: () => T) => Promise<T>;

export function groupCommit(store: SyncHubStore, maxBatch = 256): GroupWrite {
  const pending: Job[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const jobs = pending.splice(0, maxBatch);
    if (pending.length > 0) schedule();
    let outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }>;
    try {
      outcomes = store.write(() =>
        jobs.map((job) => {
          try {
            // Nested: a savepoint inside the shared transaction.
            return { ok: true as const, value: store.write(job.fn) };
          } catch (error) {
            return { ok: false as const, error };
          }
        }),
      );
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    outcomes.forEach((o, i) => (o.ok ? jobs[i]!.resolve(o.value) : jobs[i]!.reject(o.error)));
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
  return <T>(fn: () => T) =>
    new Promise<T>((resolve, reject) => {
      pending.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      schedule();
    });
}
