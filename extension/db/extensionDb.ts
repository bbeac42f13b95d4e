// The extension's own IndexedDB (Dexie): the cached queue for offline reading and a fast popup,
// opened tickets, and which SLA alerts were already shown. Every schema version is declared here.
import Dexie, { type Table } from 'dexie';
import type { QueueItem, TicketView } from '@tierdesk/client/agent';

/** The whole queue as one record: one read paints the popup (10,000 rows in one structured clone). */
export interface QueueSnapshot {
  /** `queue`: every cached item; `queue-head`: the first screenful in SLA order, read first. */
  key: 'queue' | 'queue-head';
  items: QueueItem[];
  /** When the hub computed these items' `slaPct` (epoch ms). */
  fetchedAt: number;
  /** Agent the snapshot was fetched for (a new token starts clean). */
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
  snapshots!: Table<QueueSnapshot, string>;
  tickets!: Table<CachedTicket, string>;
  alerts!: Table<SlaAlert, string>;

  constructor(name = 'tierdesk-extension') {
    super(name);
    this.version(1).stores({ snapshots: 'key', tickets: 'id, fetchedAt', alerts: 'key, at' });
  }
}
