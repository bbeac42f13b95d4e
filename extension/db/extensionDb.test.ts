import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { ExtensionDb } from './extensionDb';

describe('ExtensionDb', () => {
  it('upgrades a version 1 snapshot into one row per ticket and drops the old table', async () => {
    const name = `t-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ snapshots: 'key', tickets: 'id, fetchedAt', alerts: 'key, at' });
    await v1.table('snapshots').put({
      key: 'queue',
      items: [q({ id: 'A' }), q({ id: 'B' })],
      fetchedAt: 42,
      agentId: 'ada',
    });
    await v1.table('alerts').put({ key: 'A:first_response:75', at: 1 });
    v1.close();

    const db = new ExtensionDb(name);
    expect((await db.queue.toArray()).map((r) => [r.id, r.pctAt])).toEqual([
      ['A', 42],
      ['B', 42],
    ]);
    expect(await db.queueMeta.get('queue')).toEqual({
      key: 'queue',
      agentId: 'ada',
      fetchedAt: 42,
    });
    expect(await db.alerts.count()).toBe(1);
    expect(db.tables.map((t) => t.name)).not.toContain('snapshots');
    await db.delete();
  });
});
