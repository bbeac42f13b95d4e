import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { ExtensionDb } from './extensionDb';
import { putQueueRows, readQueueRows, syncQueueRows } from './queueCache';

let db: ExtensionDb;
afterEach(async () => db?.delete());
const fresh = () => (db = new ExtensionDb(`t-${Math.random()}`));

describe('queueCache', () => {
  it('keeps the queue as a row per ticket for this agent only', async () => {
    fresh();
    await syncQueueRows(db, [q({ id: 'A' }), q({ id: 'B', number: 'TD-2' })], 1000, 'ada');
    const cached = await readQueueRows(db, 'ada');
    expect(cached?.rows.map((r) => r.item.number).sort()).toEqual(['TD-1001', 'TD-2']);
    expect(cached?.fetchedAt).toBe(1000);
    expect(await readQueueRows(db, 'bob')).toBeUndefined();
  });

  it('writes only the rows that changed and deletes those that left the queue', async () => {
    fresh();
    const a = q({ id: 'A', slaPct: null, nextDueAt: null });
    const b = q({ id: 'B', slaPct: null, nextDueAt: null });
    const c = q({ id: 'C', slaPct: null, nextDueAt: null });
    expect((await syncQueueRows(db, [a, b, c], 1, 'ada')).written).toBe(3);
    const second = await syncQueueRows(db, [a, { ...b, status: 'triaged' }], 2, 'ada');
    expect([second.written, second.removed]).toEqual([1, 1]);
    const rows = (await readQueueRows(db, 'ada'))!.rows;
    expect(rows.map((r) => [r.id, r.item.status, r.pctAt])).toEqual([
      ['A', 'new', 1],
      ['B', 'triaged', 2],
    ]);
  });

  it('starts clean when another agent signs in', async () => {
    fresh();
    await syncQueueRows(db, [q({ id: 'A' }), q({ id: 'B' })], 1, 'ada');
    await putQueueRows(db, [{ id: 'X', item: q({ id: 'X' }), pctAt: 3 }], 'bob');
    expect((await readQueueRows(db, 'ada'))?.rows).toHaveLength(2);
    await syncQueueRows(db, [q({ id: 'C' })], 2, 'bob');
    expect((await readQueueRows(db, 'bob'))?.rows.map((r) => r.id)).toEqual(['C']);
    await putQueueRows(db, [{ id: 'D', item: q({ id: 'D' }), pctAt: 3 }], 'bob');
    expect((await readQueueRows(db, 'bob'))?.rows.map((r) => r.id)).toEqual(['C', 'D']);
  });

  it('rewrites a stored row the schema refuses instead of comparing against it', async () => {
    fresh();
    // Read as it is, this row would pass for unchanged (its reading extrapolates to NaN).
    await putQueueRows(db, [{ id: 'A', item: q({ id: 'A' }), pctAt: 'x' as never }], 'ada');
    const sync = await syncQueueRows(db, [q({ id: 'A' })], 2, 'ada');
    expect(sync.written).toBe(1);
    expect((await readQueueRows(db, 'ada'))?.rows.map((r) => r.pctAt)).toEqual([2]);
  });
});
