import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { ExtensionDb } from '../db/extensionDb';
import { writeQueueSnapshot } from '../db/queueCache';
import { createQueueModel } from './queueModel';

let db: ExtensionDb;
afterEach(async () => db?.delete());

describe('queueModel', () => {
  it('paints from the cached snapshot, sorted, and re-sorts on live updates', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    await writeQueueSnapshot(
      db,
      [
        q({ id: 'late', number: 'TD-2', nextDueAt: '2026-11-02T12:00:00.000Z' }),
        q({ id: 'soon', number: 'TD-1', nextDueAt: '2026-11-02T10:00:00.000Z' }),
      ],
      500,
      'ada',
    );
    let t = 1000;
    const m = createQueueModel({ db, now: () => t, meId: 'ada' });
    await m.load();
    expect(m.status.value).toBe('cached');
    expect(m.visible.value.map((i) => i.number)).toEqual(['TD-1', 'TD-2']);
    expect(m.pctAtOf('late')).toBe(500);
    t = 2000;
    m.applyLive({
      kind: 'ticket',
      item: q({ id: 'late', number: 'TD-2', nextDueAt: '2026-11-02T09:30:00.000Z' }),
    });
    expect(m.visible.value.map((i) => i.number)).toEqual(['TD-2', 'TD-1']);
    expect(m.pctAtOf('late')).toBe(2000);
  });

  it('ignores a snapshot cached for another agent, and keeps the selection in range', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    await writeQueueSnapshot(db, [q()], 1, 'someone-else');
    const m = createQueueModel({ db, now: () => 0, meId: 'ada' });
    await m.load();
    expect(m.items.value).toEqual([]);
    m.items.value = [q({ id: 'a' }), q({ id: 'b' })];
    m.move(5);
    expect(m.selected.value).toBe(1);
    m.move(-9);
    expect(m.selected.value).toBe(0);
    m.setFilter({ tier: 'L3' });
    expect(m.visible.value).toEqual([]);
    expect(m.selectedItem()).toBe(null);
  });
});
