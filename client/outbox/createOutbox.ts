// The outbox: a ticket (and its screenshot) is written to IndexedDB before it is sent, sent with
// retries (backoff, jitter, Retry-After), and deleted only once the hub has confirmed it. The
// ticket id is the idempotency key, so a resend after a reload or a crash is never a duplicate.
import type { TicketDraft } from '@tierdesk/core/model/draft';
import type { HubClient } from '../api/hubClient';
import { isRetryable, type HubFailure } from '../api/hubFailure';
import type { IntakeReceipt } from '../api/schemas';
import type { OutboxDb, OutboxEntry, StoredImage } from './outboxDb';
import { retryDelay } from './retryDelay';
import { withTabLock, type LockManagerLike } from './withTabLock';

export interface OutboxOptions {
  db: OutboxDb;
  client: Pick<HubClient, 'submitTicket' | 'uploadAttachment'>;
  now: () => number;
  random: () => number;
  /** `navigator.locks` where available: one tab sends at a time. */
  locks?: LockManagerLike;
  /** Told after every change how many entries still wait (the loader's resume hint). */
  onPending?: (count: number) => void;
}

export interface FlushReport {
  /** Receipts of tickets the hub accepted during this flush, by ticket id. */
  accepted: Map<string, IntakeReceipt>;
  /** Tickets the hub refused for good (kept, marked failed), by ticket id. */
  refused: Map<string, HubFailure>;
  /** Entries still waiting, and when the soonest is due (epoch ms). */
  waiting: number;
  nextAttemptAt: number | null;
}

export interface Outbox {
  /** Durably stores the ticket; resolves once it is on disk. */
  enqueue(draft: TicketDraft, screenshot?: StoredImage): Promise<void>;
  /** Sends every entry that is due. */
  flush(): Promise<FlushReport>;
  /** Entries still in the outbox (pending, partly sent or refused). */
  entries(): Promise<OutboxEntry[]>;
}

const lockName = 'tierdesk-outbox';

export function createOutbox(options: OutboxOptions): Outbox {
  const { db, client, now, random } = options;

  async function reportPending() {
    if (!options.onPending) return;
    options.onPending(await db.entries.where('state').notEqual('failed').count());
  }

  async function backOff(entry: OutboxEntry, failure: HubFailure) {
    const attempts = entry.attempts + 1;
    await db.entries.update(entry.id, {
      attempts,
      nextAttemptAt: now() + retryDelay(attempts, random, failure.retryAfterSec),
      lastError: `${failure.code}: ${failure.message}`.slice(0, 500),
    });
  }

  async function send(entry: OutboxEntry, report: FlushReport) {
    let current = entry;
    if (current.state === 'pending') {
      const result = await client.submitTicket(current.draft);
      if (!result.ok) {
        if (isRetryable(result.error)) return backOff(current, result.error);
        report.refused.set(current.id, result.error);
        await db.entries.update(current.id, { state: 'failed', lastError: result.error.message });
        return;
      }
      const receipt = result.value;
      report.accepted.set(current.id, receipt);
      current = { ...current, state: 'submitted', receipt, attempts: 0 };
      await db.transaction('rw', db.entries, db.receipts, async () => {
        await db.receipts.put({
          id: receipt.id,
          number: receipt.number,
          summary: current.draft.summary,
          app: current.draft.app.id,
          reporterToken: receipt.reporterToken,
          createdAt: now(),
        });
        if (current.screenshot) await db.entries.put(current);
        else await db.entries.delete(current.id);
      });
      if (!current.screenshot) return;
    }
    const { screenshot, receipt } = current;
    if (current.state !== 'submitted' || !screenshot || !receipt) return;
    const blob = new Blob([screenshot.bytes], { type: screenshot.type });
    const upload = await client.uploadAttachment(current.id, receipt.reporterToken, blob, {
      kind: 'screenshot',
      name: screenshot.name,
    });
    if (!upload.ok && isRetryable(upload.error)) return backOff(current, upload.error);
    // Accepted, or refused for good (too large, wrong type): the ticket itself is delivered.
    await db.entries.delete(current.id);
  }

  return {
    async enqueue(draft, screenshot) {
      await db.entries.put({
        id: draft.id,
        draft,
        screenshot,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: now(),
        createdAt: now(),
      });
      await reportPending();
    },

    flush: () =>
      withTabLock(options.locks, lockName, async () => {
        const report: FlushReport = {
          accepted: new Map(),
          refused: new Map(),
          waiting: 0,
          nextAttemptAt: null,
        };
        const due = await db.entries.where('nextAttemptAt').belowOrEqual(now()).toArray();
        for (const entry of due.sort((a, b) => a.createdAt - b.createdAt)) {
          if (entry.state === 'failed') continue;
          await send(entry, report);
        }
        const left = await db.entries.where('state').notEqual('failed').toArray();
        report.waiting = left.length;
        report.nextAttemptAt = left.length ? Math.min(...left.map((e) => e.nextAttemptAt)) : null;
        await reportPending();
        return report;
      }),

    entries: () => db.entries.toArray(),
  };
}
