// Background queue refresh (alarm, popup request, start-up): pages through `/v1/queue`, stores
// the snapshot, sets the badge and raises SLA notifications.
import type { AgentHubClient, HubError, Me, QueueItem } from '@tierdesk/client/agent';
import type { ExtensionDb } from '../db/extensionDb';
import { writeQueueSnapshot } from '../db/queueCache';
import { badgeText, urgentCount } from './myTierTickets';
import { slaAlerts, type SlaAlertNotice } from './slaAlerts';

/** Enough for the popup's budget case; beyond this the hub's filters are the better tool. */
export const maxCachedTickets = 10_000;
/** The hub's page limit (docs/api.md: `limit` ≤ 200). */
const pageSize = 200;

export interface RefreshWorld {
  hub: AgentHubClient;
  db: ExtensionDb;
  me: Me;
  now: () => number;
  setBadge: (text: string, colour: string) => Promise<void>;
  notify: (notice: SlaAlertNotice) => Promise<void>;
}

export type RefreshResult =
  { ok: true; count: number; urgent: number } | { ok: false; error: HubError };

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
  await writeQueueSnapshot(w.db, items, w.now(), w.me.id);
  const urgent = urgentCount(items, w.me.role);
  await w.setBadge(badgeText(urgent), '#b91c1c');
  await raiseAlerts(w, items);
  return { ok: true, count: items.length, urgent };
}

async function raiseAlerts(w: RefreshWorld, items: QueueItem[]) {
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
