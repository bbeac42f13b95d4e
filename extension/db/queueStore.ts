// The popup's queue store: rows in the extension's Dexie database, the first screen in
// storage.local. Loaded after the popup's first paint (it brings Dexie with it). Rows read back are
// parsed with zod in idle time (parseCachedRows); the ones it refuses are skipped and reported.
import type { QueueStore } from '../triage/queueModel';
import type { ExtensionDb } from './extensionDb';
import { writeFirstScreen, type FirstScreenArea } from './firstScreen';
import { parseCachedRows, type WaitForIdle } from './parseCachedRows';
import { putQueueRows, readQueueRows } from './queueCache';

export interface QueueStoreWorld {
  waitForIdle: WaitForIdle;
  /** Where skipped rows are reported (the popup's console). */
  warn: (message: string) => void;
}

export function createQueueStore(
  db: ExtensionDb,
  area: FirstScreenArea,
  w: QueueStoreWorld,
): QueueStore {
  return {
    async readQueue(agentId) {
      const cached = await readQueueRows(db, agentId);
      if (!cached) return undefined;
      const { rows, rejected } = await parseCachedRows(cached.rows, w.waitForIdle);
      if (rejected.length > 0)
        w.warn(
          `Tierdesk: skipped ${rejected.length} cached queue row(s) the schema refused; the first ` +
            `(${String(rejected[0]!.id)}): ${rejected[0]!.message}`,
        );
      return { rows, fetchedAt: cached.fetchedAt, rejected: rejected.length };
    },
    putRows: (rows, agentId) => putQueueRows(db, rows, agentId),
    writeFirstScreen: (screen) => writeFirstScreen(area, screen),
  };
}
