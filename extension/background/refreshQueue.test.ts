import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAgentHubClient } from '@tierdesk/client/agent';
import {
  fakeFetch,
  json,
  sampleQueueItem as q,
} from '@tierdesk/client/agent/testing/sampleQueueItem';
import { ExtensionDb } from '../db/extensionDb';
import { fakeBrowser } from 'wxt/testing';
import { firstScreenKey } from '../db/firstScreen';
import { parseFirstScreen } from '../db/parseFirstScreen';
import { readQueueRows } from '../db/queueCache';
import { refreshQueue } from './refreshQueue';
import type { SlaAlertNotice } from './slaAlerts';

let db: ExtensionDb;
afterEach(async () => {
  await db?.delete();
  fakeBrowser.reset();
});

describe('refreshQueue', () => {
  it('pages through the queue, stores it, sets the badge and notifies once per threshold', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    const pages: Record<string, unknown> = {
      '': { items: [q({ id: 'A', number: 'TD-1', slaPct: 80 })], nextCursor: 'p2' },
      p2: {
        items: [
          q({ id: 'B', number: 'TD-2', slaPct: 10 }),
          q({ id: 'C', number: 'TD-3', tier: 'L2', slaPct: 100, breached: true }),
        ],
        nextCursor: null,
      },
    };
    const f = fakeFetch((url) => json(pages[url.searchParams.get('cursor') ?? '']));
    const badge: string[] = [];
    const notes: SlaAlertNotice[] = [];
    const world = {
      hub: createAgentHubClient({ hubUrl: 'https://hub.example', token: 'td_x', fetch: f.fetch }),
      db,
      storage: fakeBrowser.storage.local,
      me: { id: 'ada', name: 'Ada', role: 'L1' as const },
      now: () => 5000,
      setBadge: async (t: string) => void badge.push(t),
      notify: async (n: SlaAlertNotice) => void notes.push(n),
    };
    expect(await refreshQueue(world)).toEqual({
      ok: true,
      count: 3,
      urgent: 1,
      written: 3,
      removed: 0,
    });
    const rows = (await readQueueRows(db, 'ada'))!.rows;
    expect(rows.map((r) => r.item.number)).toEqual(['TD-1', 'TD-2', 'TD-3']);
    const raw = (await fakeBrowser.storage.local.get(firstScreenKey))[firstScreenKey];
    expect(parseFirstScreen(raw, 'ada')?.rows.map((r) => r.item.number)).toEqual([
      'TD-1',
      'TD-2',
      'TD-3',
    ]);
    expect(badge).toEqual(['1']);
    expect(notes.map((n) => n.title)).toEqual(['TD-1 at 75 % of its first response SLA']);
    // Nothing changed at the hub: nothing is written, the first screen is left alone.
    await fakeBrowser.storage.local.remove(firstScreenKey);
    expect(await refreshQueue(world)).toMatchObject({ ok: true, written: 0, removed: 0 });
    expect((await fakeBrowser.storage.local.get(firstScreenKey))[firstScreenKey]).toBeUndefined();
    expect(notes).toHaveLength(1);
  });

  it('keeps the old snapshot when the hub is unreachable', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    const f = fakeFetch(() => Promise.reject(new TypeError('offline')));
    const r = await refreshQueue({
      hub: createAgentHubClient({ hubUrl: 'https://hub.example', token: 'td_x', fetch: f.fetch }),
      db,
      storage: fakeBrowser.storage.local,
      me: { id: 'ada', name: 'Ada', role: 'L1' },
      now: () => 1,
      setBadge: async () => {},
      notify: async () => {},
    });
    expect(!r.ok && r.error.code).toBe('network');
    expect(await readQueueRows(db, 'ada')).toBeUndefined();
  });
});
