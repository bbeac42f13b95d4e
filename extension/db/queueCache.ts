// Reading and writing the cached queue snapshot and opened tickets (offline reading in the popup).
import type { QueueItem, TicketView } from '@tierdesk/client/agent';
import { sortQueue } from '../triage/queueOrder';
import type { ExtensionDb, QueueSnapshot } from './extensionDb';

/**
 * Items kept in the head record: a screenful and then some. Reading 10,000 items from IndexedDB
 * takes far longer than the popup's 150 ms budget, so the popup paints from the head first.
 */
export const headSize = 60;

export async function readQueueSnapshot(db: ExtensionDb): Promise<QueueSnapshot | undefined> {
  return db.snapshots.get('queue');
}

export async function readQueueHead(db: ExtensionDb): Promise<QueueSnapshot | undefined> {
  return db.snapshots.get('queue-head');
}

export async function writeQueueSnapshot(
  db: ExtensionDb,
  items: QueueItem[],
  fetchedAt: number,
  agentId: string,
): Promise<void> {
  await db.transaction('rw', db.snapshots, async () => {
    await db.snapshots.put({ key: 'queue', items, fetchedAt, agentId });
    await writeQueueHead(db, items, fetchedAt, agentId);
  });
}

/** Writes the head record alone (also rebuilt by the popup when a cache has none). */
export async function writeQueueHead(
  db: ExtensionDb,
  items: QueueItem[],
  fetchedAt: number,
  agentId: string,
): Promise<void> {
  const head = sortQueue(items).slice(0, headSize);
  await db.snapshots.put({ key: 'queue-head', items: head, fetchedAt, agentId });
}

/** Replaces (or adds) one item, as a live `ticket` event arrives. */
export function upsertItem(items: QueueItem[], item: QueueItem): QueueItem[] {
  const i = items.findIndex((x) => x.id === item.id);
  if (i < 0) return [...items, item];
  const next = items.slice();
  next[i] = item;
  return next;
}

const keepTickets = 200;

export async function cacheTicket(db: ExtensionDb, view: TicketView, now: number): Promise<void> {
  await db.tickets.put({ id: view.ticket.id, view, fetchedAt: now });
  const count = await db.tickets.count();
  if (count > keepTickets) {
    const old = await db.tickets
      .orderBy('fetchedAt')
      .limit(count - keepTickets)
      .primaryKeys();
    await db.tickets.bulkDelete(old);
  }
}

export async function cachedTicket(db: ExtensionDb, id: string) {
  return db.tickets.get(id);
}
