import { describe, expect, it } from 'vitest';
import { withTabLock, type LockManagerLike } from './withTabLock';

/** A lock manager that serialises jobs per name, like the browser's. */
function fakeLocks(): LockManagerLike {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request: ((name: string, _opts: unknown, cb: () => Promise<unknown>) => {
      const run = (tails.get(name) ?? Promise.resolve()).then(cb);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    }) as LockManagerLike['request'],
  };
}

describe('withTabLock', () => {
  it('never runs two jobs under the same name at once', async () => {
    const locks = fakeLocks();
    let inside = 0;
    let most = 0;
    const job = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((r) => setTimeout(r, 5));
      inside--;
      return 'done';
    };
    const results = await Promise.all([1, 2, 3].map(() => withTabLock(locks, 'outbox', job)));
    expect(results).toEqual(['done', 'done', 'done']);
    expect(most).toBe(1);
  });

  it('runs the job directly without Web Locks', async () => {
    expect(await withTabLock(undefined, 'outbox', async () => 42)).toBe(42);
  });
});
