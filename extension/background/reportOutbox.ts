// Reports from the Report tab go through the shared outbox (client/outbox) in the background:
// stored durably first, sent with retries, deleted only once the hub confirmed (exactly once).
// A service worker may sleep between retries, so the next attempt is an alarm, not a timer.
import { createOutbox } from '@tierdesk/client/outbox/createOutbox';
import type { OutboxDb } from '@tierdesk/client/outbox/outboxDb';
import type { HubClient } from '@tierdesk/client/api/hubClient';
import type { OutboxStatus } from '../messages/backgroundAnswers';
import type { ReportQueue } from './handleMessage';

export const outboxAlarm = 'tierdesk-outbox';

export interface ReportOutboxWorld {
  db: OutboxDb;
  /** The client for the current settings, or null when not set up (reports wait). */
  client: () => Promise<HubClient | null>;
  now: () => number;
  random: () => number;
  scheduleAlarm: (at: number) => Promise<void>;
  onDelivered?: (number: string, summary: string) => void;
}

export function reportOutbox(w: ReportOutboxWorld): ReportQueue {
  let running: Promise<void> = Promise.resolve();
  const flushOnce = async () => {
    const client = await w.client();
    if (!client) return;
    const outbox = createOutbox({ db: w.db, client, now: w.now, random: w.random });
    const report = await outbox.flush();
    for (const [id, receipt] of report.accepted) {
      const entry = await w.db.receipts.get(id);
      w.onDelivered?.(receipt.number, entry?.summary ?? '');
    }
    if (report.nextAttemptAt !== null) await w.scheduleAlarm(report.nextAttemptAt);
  };
  return {
    async enqueue(draft, screenshot) {
      await w.db.entries.put({
        id: draft.id,
        draft,
        ...(screenshot ? { screenshot } : {}),
        state: 'pending',
        attempts: 0,
        nextAttemptAt: w.now(),
        createdAt: w.now(),
      });
    },
    kick() {
      // One flush at a time; a kick during a flush runs once more afterwards.
      running = running.then(flushOnce).catch(() => {});
      return running;
    },
    async status(): Promise<OutboxStatus> {
      const pending = await w.db.entries.toArray();
      const receipts = await w.db.receipts.orderBy('createdAt').reverse().limit(20).toArray();
      return {
        ok: true,
        pending: pending.map((e) => ({
          id: e.id,
          summary: e.draft.summary,
          attempts: e.attempts,
          state: e.state,
          ...(e.lastError ? { lastError: e.lastError } : {}),
        })),
        receipts: receipts.map((r) => ({
          id: r.id,
          number: r.number,
          summary: r.summary,
          createdAt: r.createdAt,
        })),
      };
    },
  };
}
