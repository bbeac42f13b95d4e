// The popup's queue store: rows in the extension's Dexie database, the first screen in
// storage.local. Loaded after the popup's first paint (it brings Dexie with it).
import type { QueueStore } from '../triage/queueModel';
import type { ExtensionDb } from './extensionDb';
import { writeFirstScreen, type FirstScreenArea } from './firstScreen';
import { putQueueRows, readQueueRows } from './queueCache';

export function createQueueStore(db: ExtensionDb, area: FirstScreenArea): QueueStore {
  return {
    readQueue: (agentId) => readQueueRows(db, agentId),
    putRows: (rows, agentId) => putQueueRows(db, rows, agentId),
    writeFirstScreen: (screen) => writeFirstScreen(area, screen),
  };
}
