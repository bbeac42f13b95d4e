import { afterEach, describe, expect, it } from 'vitest';
import { groupCommit } from './groupCommit';
import { openSqliteSyncStore } from './sqliteStore';
import type { SyncHubStore } from './syncHubStore';

let store: SyncHubStore;
afterEach(() => store.close());

describe('groupCommit', () => {
  it('commits writes of one turn together, and rolls back only the one that failed', async () => {
    store = openSqliteSyncStore(':memory:');
    const write = groupCommit(store);
    const results = await Promise.allSettled([
      write(() => store.nextTicketNumber()),
      write(() => {
        store.nextTicketNumber();
        throw new Error('refused');
      }),
      write(() => store.nextTicketNumber()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 1001 });
    // The failed write's number was rolled back with its savepoint.
    expect(results[2]).toEqual({ status: 'fulfilled', value: 1002 });
    expect(store.write(() => store.nextTicketNumber())).toBe(1003);
  });
});
