// Reading and writing the cached queue (a row per ticket) and opened tickets: what the popup reads
// after its first paint and offline, and what the background's refresh keeps in step with the hub.
import type { QueueItem, TicketView } from '@tierdesk/client/agent';
import type { CachedQueueRow, ExtensionDb } from './extensionDb';
import { isCachedQueueRow } from './parseCachedRows';
import { queueRowChanged } from './queueRowChanged';

export interface CachedQueue {
  rows: CachedQueueRow[];
  /** When the whole queue was last fetched (epoch ms). */
  fetchedAt: number;
  /** Rows left out because the schema refused them (the popup's store parses what it reads). */
  rejected?: number;
}

/** Every cached row of this agent's queue (unsorted), or undefined when none is cached for them. */
export async function readQueueRows(
  db: ExtensionDb,
  agentId: string,
): Promise<CachedQueue | undefined> {
  return db.transaction('r', db.queue, db.queueMeta, async () => {
    const meta = await db.queueMeta.get('queue');
    if (!meta || meta.agentId !== agentId) return undefined;
    return { rows: await db.queue.toArray(), fetchedAt: meta.fetchedAt };
  });
}

export interface QueueSync {
  /** Rows put (new or changed). */
  written: number;
  /** Rows deleted (no longer in the hub's queue). */
  removed: number;
  /** The cache after the sync (the fetched items, with unchanged rows keeping their reading). */
  rows: CachedQueueRow[];
}

/**
 * Makes the cache the fetched queue, writing only rows that changed (`queueRowChanged`) and
 * deleting rows that left it. Another agent's cache is cleared first.
 */
export async function syncQueueRows(
  db: ExtensionDb,
  items: readonly QueueItem[],
  fetchedAt: number,
  agentId: string,
): Promise<QueueSync> {
  return db.transaction('rw', db.queue, db.queueMeta, async () => {
    const meta = await db.queueMeta.get('queue');
    if (meta && meta.agentId !== agentId) await db.queue.clear();
    const old = new Map((await db.queue.toArray()).map((r) => [r.id, r]));
    const rows: CachedQueueRow[] = [];
    const changed: CachedQueueRow[] = [];
    for (const item of items) {
      const stored = old.get(item.id);
      // A row the schema refuses (an older build's, a damaged profile's) is rewritten, never read.
      const before = stored && isCachedQueueRow(stored) ? stored : undefined;
      old.delete(item.id);
      if (queueRowChanged(before, item, fetchedAt)) {
        const row = { id: item.id, item, pctAt: fetchedAt };
        changed.push(row);
        rows.push(row);
      } else rows.push(before!);
    }
    if (changed.length > 0) await db.queue.bulkPut(changed);
    if (old.size > 0) await db.queue.bulkDelete([...old.keys()]);
    await db.queueMeta.put({ key: 'queue', agentId, fetchedAt });
    return { written: changed.length, removed: old.size, rows };
  });
}

/** Stores rows as live events bring them (the popup's SSE, the background's stream). */
export async function putQueueRows(
  db: ExtensionDb,
  rows: readonly CachedQueueRow[],
  agentId: string,
): Promise<void> {
  await db.transaction('rw', db.queue, db.queueMeta, async () => {
    const meta = await db.queueMeta.get('queue');
    // Rows for another agent's cache would mix two queues: wait for a full refresh instead.
    if (meta && meta.agentId !== agentId) return;
    if (!meta) await db.queueMeta.put({ key: 'queue', agentId, fetchedAt: 0 });
    await db.queue.bulkPut([...rows]);
  });
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
