// The outbox's IndexedDB (Dexie): tickets written before they are sent, and the receipts that
// let the reporter follow their tickets later ("my tickets"). Every schema version is declared here.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { TicketDraft } from '@tierdesk/core/model/draft';
import type { IntakeReceipt } from '../api/schemas';

/** A screenshot kept as bytes (Blobs in IndexedDB are unreliable in some browsers). */
export interface StoredImage {
  bytes: ArrayBuffer;
  type: string;
  name: string;
}

export interface OutboxEntry {
  /** The ticket id: a ULID that is also the hub's idempotency key. */
  id: string;
  draft: TicketDraft;
  screenshot?: StoredImage;
  /** `pending`: not yet accepted; `submitted`: accepted, screenshot still to upload; `failed`: the hub refused it for good. */
  state: 'pending' | 'submitted' | 'failed';
  receipt?: IntakeReceipt;
  attempts: number;
  /** Epoch milliseconds of the next attempt. */
  nextAttemptAt: number;
  lastError?: string;
  createdAt: number;
}

export interface ReporterReceipt {
  id: string;
  number: string;
  summary: string;
  app: string;
  reporterToken: string;
  createdAt: number;
}

export class OutboxDb extends Dexie {
  entries!: Table<OutboxEntry, string>;
  receipts!: Table<ReporterReceipt, string>;

  constructor(name = 'tierdesk-outbox', options: DexieOptions = {}) {
    // Strict durability: the write is on disk before we tell the user it is saved.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({ entries: 'id, nextAttemptAt, state', receipts: 'id, createdAt' });
  }
}
