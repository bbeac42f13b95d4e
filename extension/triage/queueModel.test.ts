import { describe, expect, it, vi } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import type { CachedQueueRow } from '../db/extensionDb';
import type { FirstScreen } from '../db/firstScreen';
import type { CachedQueue } from '../db/queueCache';
import { createQueueModel, upsertItem, type QueueStore } from './queueModel';

/** An in-memory store that records what the model writes. */
function memoryStore(cached?: CachedQueue) {
  const puts: CachedQueueRow[] = [];
  const screens: FirstScreen[] = [];
  const store: QueueStore = {
    readQueue: async (agentId) => (agentId === 'ada' ? cached : undefined),
    putRows: async (rows) => void puts.push(...rows),
    writeFirstScreen: async (s) => void screens.push(s),
  };
  return { store, puts, screens };
}

const late = q({ id: 'late', number: 'TD-2', nextDueAt: '2026-11-02T12:00:00.000Z' });
const soon = q({ id: 'soon', number: 'TD-1', nextDueAt: '2026-11-02T10:00:00.000Z' });

describe('queueModel', () => {
  it('shows the first screen at once, before the store is loaded', () => {
    const m = createQueueModel({
      now: () => 0,
      meId: 'ada',
      head: { v: 1, agentId: 'ada', total: 500, rows: [{ item: soon, pctAt: 7 }] },
      store: () => new Promise(() => {}),
    });
    expect(m.visible.value.map((i) => i.number)).toEqual(['TD-1']);
    expect(m.total.value).toBe(500);
    expect(m.pctAtOf('soon')).toBe(7);
    expect(m.status.value).toBe('loading');
  });

  it('then reads every cached row, sorted, and writes a missing first screen', async () => {
    const { store, screens } = memoryStore({
      rows: [
        { id: 'late', item: late, pctAt: 500 },
        { id: 'soon', item: soon, pctAt: 400 },
      ],
      fetchedAt: 500,
    });
    const m = createQueueModel({
      now: () => 1000,
      meId: 'ada',
      head: null,
      store: async () => store,
    });
    expect(m.dropped.value).toBe(0);
    await m.load();
    expect(m.status.value).toBe('cached');
    expect(m.dropped.value).toBe(0);
    expect(m.visible.value.map((i) => i.number)).toEqual(['TD-1', 'TD-2']);
    expect([m.pctAtOf('late'), m.total.value]).toEqual([500, 2]);
    expect(screens[0]?.rows.map((r) => [r.item.number, r.pctAt])).toEqual([
      ['TD-1', 400],
      ['TD-2', 500],
    ]);
  });

  it('keeps a first screen the schema accepts, drops one it rejects, then rewrites it', async () => {
    const head = { v: 1 as const, agentId: 'ada', total: 500, rows: [{ item: soon, pctAt: 7 }] };
    const kept = createQueueModel({
      now: () => 0,
      meId: 'ada',
      head,
      store: () => new Promise(() => {}),
    });
    kept.verifyHead(head);
    expect([kept.visible.value.length, kept.total.value]).toEqual([1, 500]);

    const { store, screens } = memoryStore({
      rows: [{ id: 'late', item: late, pctAt: 3 }],
      fetchedAt: 3,
    });
    const m = createQueueModel({ now: () => 0, meId: 'ada', head, store: async () => store });
    m.verifyHead(null);
    expect([m.visible.value, m.total.value, m.pctAtOf('soon')]).toEqual([[], 0, 0]);
    await m.load();
    expect(m.visible.value.map((i) => i.number)).toEqual(['TD-2']);
    expect(screens.map((s) => s.rows.map((r) => r.item.number))).toEqual([['TD-2']]);
    m.verifyHead(null); // too late to matter: the whole cache is read
    expect(m.visible.value).toHaveLength(1);
  });

  it('re-sorts on live updates and stores the changed row alone', async () => {
    vi.useFakeTimers();
    try {
      const { store, puts, screens } = memoryStore({
        rows: [
          { id: 'late', item: late, pctAt: 1 },
          { id: 'soon', item: soon, pctAt: 1 },
        ],
        fetchedAt: 1,
      });
      let t = 1000;
      const m = createQueueModel({
        now: () => t,
        meId: 'ada',
        head: null,
        store: async () => store,
      });
      await m.load();
      t = 2000;
      m.applyLive({ kind: 'ticket', item: { ...late, nextDueAt: '2026-11-02T09:30:00.000Z' } });
      expect(m.visible.value.map((i) => i.number)).toEqual(['TD-2', 'TD-1']);
      expect(m.pctAtOf('late')).toBe(2000);
      await vi.advanceTimersByTimeAsync(2500);
      expect(puts.map((r) => [r.id, r.pctAt])).toEqual([['late', 2000]]);
      expect(screens.at(-1)?.rows[0]?.item.number).toBe('TD-2');
    } finally {
      vi.useRealTimers();
    }
  });

  it('has nothing for another agent’s cache, and keeps the selection in range', async () => {
    const { store } = memoryStore(undefined);
    const m = createQueueModel({ now: () => 0, meId: 'ada', head: null, store: async () => store });
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

  it('upserts a live item in place or appends it', () => {
    const a = q({ id: 'A' });
    const b = q({ id: 'B' });
    const changed = upsertItem([a, b], { ...a, status: 'in_progress' });
    expect(changed.map((i) => [i.id, i.status])).toEqual([
      ['A', 'in_progress'],
      ['B', 'new'],
    ]);
    expect(upsertItem([a], b)).toHaveLength(2);
  });

  it('counts the cached rows the store left out (the schema refused them)', async () => {
    const { store } = memoryStore({
      rows: [{ id: 'soon', item: soon, pctAt: 1 }],
      fetchedAt: 1,
      rejected: 3,
    });
    const m = createQueueModel({ now: () => 0, meId: 'ada', head: null, store: async () => store });
    await m.load();
    expect([m.visible.value.length, m.total.value, m.dropped.value]).toEqual([1, 1, 3]);
  });
});
