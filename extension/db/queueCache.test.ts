import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleQueueItem } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { ExtensionDb } from './extensionDb';
import {
  headSize,
  readQueueHead,
  readQueueSnapshot,
  upsertItem,
  writeQueueSnapshot,
} from './queueCache';

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

describe('queue head', () => {
  it('keeps the first screenful in SLA order beside the whole queue', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    const items = Array.from({ length: headSize + 10 }, (_, i) =>
      sampleQueueItem({
        id: `I${i}`,
        number: `TD-${i}`,
        nextDueAt: new Date(
          Date.parse('2026-11-02T09:00:00.000Z') + (headSize + 10 - i) * 60_000,
        ).toISOString(),
      }),
    );
    await writeQueueSnapshot(db, items, 7, 'ada');
    const head = await readQueueHead(db);
    expect(head?.items).toHaveLength(headSize);
    expect(head?.items[0]?.number).toBe(`TD-${headSize + 9}`);
    expect((await readQueueSnapshot(db))?.items).toHaveLength(headSize + 10);
  });
});
