// The triage queue as a small model: the first screen painted at once, then every cached row
// (Dexie, loaded after paint), live SSE updates, the filter, the selection and a ticking clock.
import { computed, signal } from '@preact/signals';
import type { QueueItem } from '@tierdesk/client/agent/queueSchemas';
import type { QueueStreamEvent } from '@tierdesk/client/agent/streamQueue';
import type { CachedQueueRow } from '../db/extensionDb';
import type { CachedQueue } from '../db/queueCache';
import { firstScreenOf, type FirstScreen } from '../db/firstScreen';
import { filterOptions, filterQueue, noFilter, sortQueue, type QueueFilter } from './queueOrder';

export type QueueStatus = 'loading' | 'cached' | 'live' | 'offline';

/** The cache behind the model (extension/popup/popupServices: Dexie and storage.local). */
export interface QueueStore {
  readQueue(agentId: string): Promise<CachedQueue | undefined>;
  putRows(rows: CachedQueueRow[], agentId: string): Promise<void>;
  writeFirstScreen(screen: FirstScreen): Promise<void>;
}

export interface QueueModelWorld {
  now: () => number;
  meId: string;
  /**
   * What the popup paints first (storage.local), before the store is even loaded: shape-checked
   * only, until `verifyHead` brings the schema's reading of it.
   */
  head: FirstScreen | null;
  /** The store, resolved after the first paint: its code (Dexie) is loaded lazily. */
  store: () => Promise<QueueStore>;
}

/** Quiet time after live updates before the first screen is rewritten for the next open. */
const firstScreenDelayMs = 2000;

export function createQueueModel(w: QueueModelWorld) {
  const items = signal<QueueItem[]>(w.head?.rows.map((r) => r.item) ?? []);
  /** When each item's `slaPct` was computed by the hub (epoch ms), for the badges' extrapolation. */
  const pctAt = new Map<string, number>(w.head?.rows.map((r) => [r.item.id, r.pctAt]) ?? []);
  const loaded = signal(false);
  /** The first screen's count of the whole cache; 0 once a first screen is rejected. */
  const headTotal = signal(w.head?.total ?? 0);
  let headKept = w.head !== null;
  const filter = signal<QueueFilter>(noFilter);
  const selected = signal(0);
  const status = signal<QueueStatus>('loading');
  const detail = signal('');
  /** Cached rows the schema refused when the whole cache was read (left out of the list). */
  const dropped = signal(0);
  const now = signal(w.now());

  const sorted = computed(() => sortQueue(items.value));
  const visible = computed(() => filterQueue(sorted.value, filter.value, w.meId));
  const options = computed(() => filterOptions(items.value));
  /** Tickets in the cache: the first screen's count until the whole cache is read. */
  const total = computed(() =>
    loaded.value ? items.value.length : Math.max(items.value.length, headTotal.value),
  );
  const pctAtOf = (id: string) => pctAt.get(id) ?? 0;

  let headTimer: ReturnType<typeof setTimeout> | undefined;
  const writeFirstScreenSoon = () => {
    // Before the whole cache is read, the list is only the first screen: nothing new to write.
    if (!loaded.value) return;
    clearTimeout(headTimer);
    headTimer = setTimeout(() => {
      void w.store().then((s) => s.writeFirstScreen(firstScreenOf(sorted.value, pctAtOf, w.meId)));
    }, firstScreenDelayMs);
  };

  return {
    items,
    visible,
    options,
    total,
    filter,
    selected,
    status,
    detail,
    dropped,
    now,
    pctAtOf,

    /** Every cached row (offline reading, filters, scrolling past the first screen). */
    async load() {
      const store = await w.store();
      const cached = await store.readQueue(w.meId);
      if (cached) {
        pctAt.clear();
        for (const r of cached.rows) pctAt.set(r.id, r.pctAt);
        items.value = cached.rows.map((r) => r.item);
        dropped.value = cached.rejected ?? 0;
        // A cache with no usable first screen (an older build, or one the schema rejected):
        // write it, so the next open is fast.
        if (!headKept && !loaded.value)
          await store.writeFirstScreen(firstScreenOf(sorted.value, pctAtOf, w.meId));
      }
      loaded.value = true;
      status.value = 'cached';
    },
    /**
     * The schema's reading of the first screen (verifyPopupStart, after the first paint): when it
     * rejected what the shape check let paint, those rows go before anything but painting used
     * them; the whole cache (`load`) follows.
     */
    verifyHead(head: FirstScreen | null) {
      if (loaded.value || head || !headKept) return;
      headKept = false;
      pctAt.clear();
      items.value = [];
      headTotal.value = 0;
    },
    applyLive(e: QueueStreamEvent) {
      if (e.kind !== 'ticket') return;
      const at = w.now();
      pctAt.set(e.item.id, at);
      items.value = upsertItem(items.value, e.item);
      void w.store().then((s) => s.putRows([{ id: e.item.id, item: e.item, pctAt: at }], w.meId));
      writeFirstScreenSoon();
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

/** Replaces (or adds) one item, as a live `ticket` event arrives. */
export function upsertItem(items: QueueItem[], item: QueueItem): QueueItem[] {
  const i = items.findIndex((x) => x.id === item.id);
  if (i < 0) return [...items, item];
  const next = items.slice();
  next[i] = item;
  return next;
}

export type QueueModel = ReturnType<typeof createQueueModel>;
