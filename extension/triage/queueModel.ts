// The triage queue as a small model: cached items (Dexie snapshot first, then live SSE updates),
// the filter, the selection and a ticking clock the SLA badges read. Components only read it.
import { computed, signal } from '@preact/signals';
import type { QueueItem, QueueStreamEvent } from '@tierdesk/client/agent';
import type { ExtensionDb } from '../db/extensionDb';
import {
  readQueueHead,
  readQueueSnapshot,
  upsertItem,
  writeQueueHead,
  writeQueueSnapshot,
} from '../db/queueCache';
import { filterOptions, filterQueue, noFilter, sortQueue, type QueueFilter } from './queueOrder';

export type QueueStatus = 'loading' | 'cached' | 'live' | 'offline';

export interface QueueModelWorld {
  db: ExtensionDb;
  now: () => number;
  meId: string | null;
}

export function createQueueModel(w: QueueModelWorld) {
  const items = signal<QueueItem[]>([]);
  /** When each item's `slaPct` was computed by the hub (epoch ms), for the badges' extrapolation. */
  const pctAt = new Map<string, number>();
  const snapshotAt = signal(0);
  const filter = signal<QueueFilter>(noFilter);
  const selected = signal(0);
  const status = signal<QueueStatus>('loading');
  const detail = signal('');
  const now = signal(w.now());

  const sorted = computed(() => sortQueue(items.value));
  const visible = computed(() => filterQueue(sorted.value, filter.value, w.meId));
  const options = computed(() => filterOptions(items.value));

  let persistTimer: ReturnType<typeof setTimeout> | undefined;
  const persistSoon = () => {
    clearTimeout(persistTimer);
    persistTimer = setTimeout(() => {
      void writeQueueSnapshot(w.db, items.value, snapshotAt.value, w.meId ?? '');
    }, 2000);
  };

  return {
    items,
    visible,
    options,
    filter,
    selected,
    status,
    detail,
    now,
    snapshotAt,
    pctAtOf: (id: string) => pctAt.get(id) ?? snapshotAt.value,

    /** The first screenful from the cache, in SLA order: what the popup paints before anything else. */
    async loadHead() {
      const head = await readQueueHead(w.db);
      if (head && (w.meId === null || head.agentId === w.meId) && items.value.length === 0) {
        snapshotAt.value = head.fetchedAt;
        items.value = head.items;
      }
    },
    /** Every cached item (offline reading, filters): the popup shows the queue before any network answer. */
    async load() {
      const snap = await readQueueSnapshot(w.db);
      if (snap && (w.meId === null || snap.agentId === w.meId)) {
        pctAt.clear();
        snapshotAt.value = snap.fetchedAt;
        items.value = snap.items;
        // A cache written before the head record existed: add it, so the next open is fast.
        if (!(await readQueueHead(w.db)))
          await writeQueueHead(w.db, snap.items, snap.fetchedAt, snap.agentId);
      }
      status.value = 'cached';
    },
    applyLive(e: QueueStreamEvent) {
      if (e.kind !== 'ticket') return;
      pctAt.set(e.item.id, w.now());
      items.value = upsertItem(items.value, e.item);
      persistSoon();
    },
    setFilter(patch: Partial<QueueFilter>) {
      filter.value = { ...filter.value, ...patch };
      selected.value = 0;
    },
    move(delta: number) {
      const n = visible.value.length;
      if (n === 0) return;
      selected.value = Math.min(n - 1, Math.max(0, selected.value + delta));
    },
    selectedItem: () => visible.value[selected.value] ?? null,
    tick() {
      now.value = w.now();
    },
  };
}

export type QueueModel = ReturnType<typeof createQueueModel>;
