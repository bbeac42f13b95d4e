import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleQueueItem } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { ExtensionDb } from './extensionDb';
import { readQueueSnapshot, upsertItem, writeQueueSnapshot } from './queueCache';

let db: ExtensionDb;
afterEach(async () => db?.delete());

describe('queueCache', () => {
  it('keeps the whole queue as one snapshot for offline reading', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    const items = [sampleQueueItem(), sampleQueueItem({ id: 'B', number: 'TD-2' })];
    await writeQueueSnapshot(db, items, 1000, 'ada');
    const snap = await readQueueSnapshot(db);
    expect(snap?.items.map((i) => i.number)).toEqual(['TD-1001', 'TD-2']);
    expect(snap?.fetchedAt).toBe(1000);
  });

  it('upserts a live item in place or appends it', () => {
    const a = sampleQueueItem({ id: 'A' });
    const b = sampleQueueItem({ id: 'B' });
    const changed = upsertItem([a, b], { ...a, status: 'in_progress' });
    expect(changed.map((i) => [i.id, i.status])).toEqual([
      ['A', 'in_progress'],
      ['B', 'new'],
    ]);
    expect(upsertItem([a], b)).toHaveLength(2);
  });
});
