import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAgentHubClient } from '@tierdesk/client/agent';
import {
  fakeFetch,
  json,
  sampleQueueItem as q,
} from '@tierdesk/client/agent/testing/sampleQueueItem';
import { ExtensionDb } from '../db/extensionDb';
import { readQueueSnapshot } from '../db/queueCache';
import { refreshQueue } from './refreshQueue';
import type { SlaAlertNotice } from './slaAlerts';

let db: ExtensionDb;
afterEach(async () => db?.delete());

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
      me: { id: 'ada', name: 'Ada', role: 'L1' as const },
      now: () => 5000,
      setBadge: async (t: string) => void badge.push(t),
      notify: async (n: SlaAlertNotice) => void notes.push(n),
    };
    expect(await refreshQueue(world)).toEqual({ ok: true, count: 3, urgent: 1 });
    expect((await readQueueSnapshot(db))?.items.map((i) => i.number)).toEqual([
      'TD-1',
      'TD-2',
      'TD-3',
    ]);
    expect(badge).toEqual(['1']);
    expect(notes.map((n) => n.title)).toEqual(['TD-1 at 75 % of its first response SLA']);
    await refreshQueue(world);
    expect(notes).toHaveLength(1);
  });

  it('keeps the old snapshot when the hub is unreachable', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    const f = fakeFetch(() => Promise.reject(new TypeError('offline')));
    const r = await refreshQueue({
      hub: createAgentHubClient({ hubUrl: 'https://hub.example', token: 'td_x', fetch: f.fetch }),
      db,
      me: { id: 'ada', name: 'Ada', role: 'L1' },
      now: () => 1,
      setBadge: async () => {},
      notify: async () => {},
    });
    expect(!r.ok && r.error.code).toBe('network');
    expect(await readQueueSnapshot(db)).toBeUndefined();
  });
});
