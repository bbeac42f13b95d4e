// Background queue refresh (alarm, popup request, start-up): pages through `/v1/queue` (the API
// offers no "changed since"), writes only the rows that changed, rewrites the popup's first screen
// when anything did, sets the badge and raises SLA notifications.
import type { AgentHubClient, HubError, Me, QueueItem } from '@tierdesk/client/agent';
import type { ExtensionDb } from '../db/extensionDb';
import { firstScreenOf, writeFirstScreen, type FirstScreenArea } from '../db/firstScreen';
import { syncQueueRows } from '../db/queueCache';
import { sortQueue } from '../triage/queueOrder';
import { badgeText, urgentCount } from './myTierTickets';
import { slaAlerts, type SlaAlertNotice } from './slaAlerts';

/** Enough for the popup's budget case; beyond this the hub's filters are the better tool. */
export const maxCachedTickets = 10_000;
/** The hub's page limit (docs/api.md: `limit` ≤ 200). */
const pageSize = 200;

export interface RefreshWorld {
  hub: AgentHubClient;
  db: ExtensionDb;
  /** `storage.local`: where the popup's first screen is kept. */
  storage: FirstScreenArea;
  me: Me;
  now: () => number;
  setBadge: (text: string, colour: string) => Promise<void>;
  notify: (notice: SlaAlertNotice) => Promise<void>;
}

export type RefreshResult =
  | { ok: true; count: number; urgent: number; written: number; removed: number }
  | { ok: false; error: HubError };

export async function fetchWholeQueue(hub: AgentHubClient) {
  const items: QueueItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await hub.queue({}, { limit: pageSize, ...(cursor ? { cursor } : {}) });
    if (!page.ok) return page;
    items.push(...page.value.items);
    cursor = page.value.nextCursor ?? undefined;
  } while (cursor && items.length < maxCachedTickets);
  return { ok: true as const, value: items.slice(0, maxCachedTickets) };
}

export async function refreshQueue(w: RefreshWorld): Promise<RefreshResult> {
  const fetched = await fetchWholeQueue(w.hub);
  if (!fetched.ok) return fetched;
  const items = fetched.value;
  const sync = await syncQueueRows(w.db, items, w.now(), w.me.id);
  if (sync.written > 0 || sync.removed > 0) {
    // The cached rows, not the fetched items: an unchanged row keeps the reading its pctAt belongs to.
    const pctAt = new Map(sync.rows.map((r) => [r.id, r.pctAt]));
    const sorted = sortQueue(sync.rows.map((r) => r.item));
    const screen = firstScreenOf(sorted, (id) => pctAt.get(id) ?? 0, w.me.id);
    await writeFirstScreen(w.storage, screen);
  }
  const urgent = urgentCount(items, w.me.role);
  await w.setBadge(badgeText(urgent), '#b91c1c');
  await raiseAlerts(w, items);
  return { ok: true, count: items.length, urgent, written: sync.written, removed: sync.removed };
}

export async function raiseAlerts(
  w: Pick<RefreshWorld, 'db' | 'me' | 'now' | 'notify'>,
  items: readonly QueueItem[],
) {
  const shown = new Set(await w.db.alerts.toCollection().primaryKeys());
  const notices = slaAlerts(items, w.me.role, shown);
  // Many at once (first start, a burst of breaches): one summary instead of a wall of toasts.
  if (notices.length > 3) {
    await w.notify({
      key: 'summary',
      ticketId: '',
      title: `${notices.length} tickets need attention`,
      message: notices
        .slice(0, 3)
        .map((n) => n.title)
        .join('\n'),
    });
  } else {
    for (const n of notices) await w.notify(n);
  }
  await w.db.alerts.bulkPut(notices.map((n) => ({ key: n.key, at: w.now() })));
}
