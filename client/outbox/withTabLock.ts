// Runs a job while holding a Web Lock, so two tabs of the same app never send the same outbox
// at once. Without Web Locks it just runs: the hub's idempotency keeps that safe, only wasteful.

export type LockManagerLike = Pick<LockManager, 'request'>;

export function withTabLock<T>(
  locks: LockManagerLike | undefined,
  name: string,
  job: () => Promise<T>,
): Promise<T> {
  if (!locks) return job();
  return locks.request(name, { mode: 'exclusive' }, () => job()) as Promise<T>;
}
