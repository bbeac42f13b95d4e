// The extension's own IndexedDB (Dexie): the cached queue (one row per ticket, so a refresh writes
// only what changed), opened tickets, and which SLA alerts were already shown. Every version here.
import Dexie, { type Table } from 'dexie';
import type { QueueItem, TicketView } from '@tierdesk/client/agent';

/** One cached queue item and when the hub computed its `slaPct` (epoch ms, for the badges). */
export interface CachedQueueRow {
  id: string;
  item: QueueItem;
  pctAt: number;
}

/** Whose queue the rows are and when it was last fetched whole. */
export interface QueueMeta {
  key: 'queue';
  agentId: string;
  fetchedAt: number;
}

/** Version 1 kept the whole queue as one record (read only by the upgrade to version 2). */
interface LegacySnapshot {
  key: string;
  items: QueueItem[];
  fetchedAt: number;
  agentId: string;
}

export interface CachedTicket {
  id: string;
  view: TicketView;
  fetchedAt: number;
}

export interface SlaAlert {
  /** `${ticketId}:${timer}:${kind}` */
  key: string;
  at: number;
}

export class ExtensionDb extends Dexie {
  queue!: Table<CachedQueueRow, string>;
  queueMeta!: Table<QueueMeta, string>;
  tickets!: Table<CachedTicket, string>;
  alerts!: Table<SlaAlert, string>;

  constructor(name = 'tierdesk-extension') {
    super(name);
    this.version(1).stores({ snapshots: 'key', tickets: 'id, fetchedAt', alerts: 'key, at' });
    // v2: a row per ticket. Rewriting a 10,000-item record every minute cost a structured clone of
    // megabytes for a handful of changes; the popup's first screen now lives in storage.local.
    this.version(2)
      .stores({ snapshots: null, queue: 'id', queueMeta: 'key' })
      .upgrade(async (tx) => {
        const snap = (await tx.table('snapshots').get('queue')) as LegacySnapshot | undefined;
        if (!snap) return;
        await tx
          .table('queue')
          .bulkPut(snap.items.map((item) => ({ id: item.id, item, pctAt: snap.fetchedAt })));
        await tx
          .table('queueMeta')
          .put({ key: 'queue', agentId: snap.agentId, fetchedAt: snap.fetchedAt });
      });
  }
}
