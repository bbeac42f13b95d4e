// The background's live queue: reads the hub's queue stream while the service worker is awake and
// acts at once — cached rows, the badge, notifications at 75 % and at breach, major incidents —
// instead of waiting for the next alarm's refresh (which still covers the times it sleeps).
import type { Me, QueueItem, QueueStreamEvent, StreamQueueOptions } from '@tierdesk/client/agent';
import type { CachedQueueRow, ExtensionDb } from '../db/extensionDb';
import { firstScreenOf, writeFirstScreen, type FirstScreenArea } from '../db/firstScreen';
import { parseAtOnce, parseCachedRows } from '../db/parseCachedRows';
import { putQueueRows, readQueueRows } from '../db/queueCache';
import { sortQueue } from '../triage/queueOrder';
import { badgeText, inMyTier, urgentCount } from './myTierTickets';
import { slaNotice, type SlaAlertNotice } from './slaAlerts';

export interface LiveQueueWorld {
  hubUrl: string;
  token: string;
  me: Me;
  db: ExtensionDb;
  storage: FirstScreenArea;
  now: () => number;
  /** `streamQueue` of client/agent (a scripted one in tests). */
  stream: (opts: StreamQueueOptions) => Promise<void>;
  setBadge: (text: string, colour: string) => Promise<void>;
  notify: (notice: SlaAlertNotice) => Promise<void>;
  /** The hub could not replay what the stream missed (docs/api.md `resync`): refresh the queue. */
  onResync?: () => void;
  signal: AbortSignal;
}

/** Quiet time after live changes before the popup's first screen is rewritten. */
export const firstScreenDelayMs = 2000;

const closedStatuses = new Set(['resolved', 'closed']);

/** Who is told about a major incident (DESIGN.md: "L3 notified"); leads watch the whole desk. */
const incidentRoles = new Set(['L3', 'lead', 'admin']);

/** Runs until `signal` aborts. */
export async function runLiveQueue(w: LiveQueueWorld): Promise<void> {
  const rows = new Map<string, CachedQueueRow>();
  let loadedAt: number | null = null;
  // The alarm's refresh rewrites the cache while this runs: read it again when it did, so the
  // badge never counts from an older copy than the refresh's.
  const syncWithCache = async () => {
    const meta = await w.db.queueMeta.get('queue');
    const fetchedAt = meta?.agentId === w.me.id ? meta.fetchedAt : null;
    if (loadedAt !== null && fetchedAt === loadedAt) return;
    rows.clear();
    // Parsed, as every stored row is: one the schema refuses is left out of the badge's count.
    const cached = await readQueueRows(w.db, w.me.id);
    for (const r of (await parseCachedRows(cached?.rows ?? [], parseAtOnce)).rows)
      rows.set(r.id, r);
    loadedAt = fetchedAt ?? 0;
  };
  let badge: string | null = null;
  let screenTimer: ReturnType<typeof setTimeout> | undefined;
  let screenDirty = false;
  // Events are handled one after another, in the order the hub sent them.
  let chain = Promise.resolve();

  const items = () => [...rows.values()].map((r) => r.item);
  const updateBadge = async () => {
    const text = badgeText(urgentCount(items(), w.me.role));
    if (text !== badge) await w.setBadge((badge = text), '#b91c1c');
  };
  const writeScreen = async () => {
    clearTimeout(screenTimer);
    if (!screenDirty) return;
    screenDirty = false;
    const screen = firstScreenOf(sortQueue(items()), (id) => rows.get(id)?.pctAt ?? 0, w.me.id);
    await writeFirstScreen(w.storage, screen);
  };
  const writeScreenSoon = () => {
    screenDirty = true;
    clearTimeout(screenTimer);
    screenTimer = setTimeout(() => void writeScreen(), firstScreenDelayMs);
  };
  const notifyOnce = async (notice: SlaAlertNotice) => {
    if (await w.db.alerts.get(notice.key)) return;
    await w.db.alerts.put({ key: notice.key, at: w.now() });
    await w.notify(notice);
  };

  const handle = async (e: QueueStreamEvent) => {
    await syncWithCache();
    if (e.kind === 'ticket') {
      const row: CachedQueueRow = { id: e.item.id, item: e.item, pctAt: w.now() };
      // A resolved or closed ticket leaves the queue (the hub's default: open statuses only).
      if (closedStatuses.has(e.item.status)) {
        rows.delete(row.id);
        await w.db.queue.delete(row.id);
      } else {
        rows.set(row.id, row);
        await putQueueRows(w.db, [row], w.me.id);
      }
      await updateBadge();
      writeScreenSoon();
    } else if (e.kind === 'sla') {
      const { ticketId, timer, kind, percent } = e.sla;
      const item = rows.get(ticketId)?.item;
      // A ticket this cache does not hold is not in my queue (its `ticket` event comes first).
      if (!item || !inMyTier(item, w.me.role)) return;
      if (kind === 'threshold' && percent < 75) return;
      await notifyOnce(slaNotice(item, timer, kind === 'breach' ? 'breach' : '75'));
    } else if (e.incident.major && incidentRoles.has(w.me.role)) {
      const { id, appId, size, ticketIds } = e.incident;
      const numbers = ticketIds
        .map((t) => rows.get(t)?.item.number)
        .filter((n): n is string => !!n)
        .slice(0, 5);
      await notifyOnce({
        key: `incident:${id}:major`,
        ticketId: ticketIds[0] ?? '',
        title: `Major incident: ${size} tickets on ${appName(rows, ticketIds) ?? appId}`,
        message: numbers.length ? numbers.join(', ') : `${size} reports`,
      });
    }
  };

  try {
    await w.stream({
      hubUrl: w.hubUrl,
      token: w.token,
      signal: w.signal,
      onEvent: (e) => void (chain = chain.then(() => handle(e)).catch(() => {})),
      onResync: () => w.onResync?.(),
    });
    await chain;
  } finally {
    await writeScreen(); // the last changes, before the worker may sleep
  }
}

function appName(rows: Map<string, CachedQueueRow>, ids: string[]): string | undefined {
  for (const id of ids) {
    const item: QueueItem | undefined = rows.get(id)?.item;
    if (item) return item.app.name;
  }
  return undefined;
}

/**
 * Keeps one live queue running per key (hub, token and agent): `ensure` starts it or leaves the
 * running one alone, a new key replaces it, `stop` ends it (reporter mode, signed out).
 */
export function liveQueueKeeper(start: (key: string, signal: AbortSignal) => Promise<void>) {
  let live: { key: string; ac: AbortController } | null = null;
  const stop = () => {
    live?.ac.abort();
    live = null;
  };
  return {
    ensure(key: string) {
      if (live?.key === key) return;
      stop();
      const ac = new AbortController();
      const current = (live = { key, ac });
      void start(key, ac.signal)
        .catch(() => {})
        .finally(() => {
          if (live === current) live = null;
        });
    },
    stop,
  };
}
