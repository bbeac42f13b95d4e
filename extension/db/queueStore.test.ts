import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { ExtensionDb } from './extensionDb';
import { firstScreenKey, firstScreenOf } from './firstScreen';
import { parseFirstScreen } from './parseFirstScreen';
import { createQueueStore } from './queueStore';

const world = (warnings: string[] = []) => ({
  waitForIdle: async () => ({ timeRemaining: () => 10 }),
  warn: (m: string) => void warnings.push(m),
});

let db: ExtensionDb;
afterEach(async () => db?.delete());

describe('createQueueStore', () => {
  it('keeps rows in Dexie and the first screen in storage.local', async () => {
    fakeBrowser.reset();
    db = new ExtensionDb(`t-${Math.random()}`);
    const store = createQueueStore(db, fakeBrowser.storage.local, world());
    await store.putRows([{ id: 'A', item: q({ id: 'A' }), pctAt: 3 }], 'ada');
    expect((await store.readQueue('ada'))?.rows.map((r) => r.id)).toEqual(['A']);
    await store.writeFirstScreen(firstScreenOf([q({ id: 'A' })], () => 3, 'ada'));
    const raw = (await fakeBrowser.storage.local.get(firstScreenKey))[firstScreenKey];
    expect(parseFirstScreen(raw, 'ada')?.total).toBe(1);
  });

  it('reads back only rows the schema accepts, and says how many it skipped', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    const warnings: string[] = [];
    const store = createQueueStore(db, fakeBrowser.storage.local, world(warnings));
    await store.putRows(
      [
        { id: 'A', item: q({ id: 'A' }), pctAt: 3 },
        { id: 'B', item: { ...q({ id: 'B' }), priority: 'urgent' } as never, pctAt: 3 },
      ],
      'ada',
    );
    const read = await store.readQueue('ada');
    expect(read?.rows.map((r) => r.id)).toEqual(['A']);
    expect(read?.rejected).toBe(1);
    expect(warnings).toEqual([
      expect.stringMatching(/skipped 1 cached queue row.*\(B\): item\.priority/),
    ]);
  });
});
