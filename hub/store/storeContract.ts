// The behaviour every HubStore backend must have, as vitest tests: a backend's test file calls
// `storeContract('sqlite', () => openSqliteStore(':memory:'))` and passes them all.
import { afterEach, beforeEach, describe } from 'vitest';
import { recordsContract } from './contract/recordsContract';
import { ticketsContract } from './contract/ticketsContract';
import { transactionsContract } from './contract/transactionsContract';
import type { HubStore } from './hubStore';

/**
 * Registers the contract tests for one backend. `open` must give a new, EMPTY store each call
 * (a fresh SQLite file, a fresh PostgreSQL schema or database); each test closes its store.
 */
export function storeContract(name: string, open: () => Promise<HubStore>): void {
  describe(`HubStore contract: ${name}`, () => {
    let store: HubStore | null = null;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store?.close();
      store = null;
    });
    const useStore = () => {
      if (!store) throw new Error('no store: the contract opens one per test');
      return store;
    };
    ticketsContract(useStore);
    recordsContract(useStore);
    transactionsContract(useStore);
  });
}
