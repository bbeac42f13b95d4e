// The widget's outbox stage: the Dexie outbox wired to the hub client and the page (Web Locks,
// online events, the resume hint for the next page load), plus "my tickets" from stored receipts.
import { createHubClient } from '@tierdesk/client/api/hubClient';
import type { IntakeReceipt, ReporterTicket } from '@tierdesk/client/api/schemas';
import { watchReporterTickets } from '@tierdesk/client/api/watchReporterTickets';
import { createOutbox } from '@tierdesk/client/outbox/createOutbox';
import { OutboxDb, type StoredImage } from '@tierdesk/client/outbox/outboxDb';
import { runOutbox } from '@tierdesk/client/outbox/runOutbox';
import type { TicketDraft } from '@tierdesk/core/model/draft';
import { redactDraft } from '@tierdesk/core/redact/redactDraft';
import { pendingKey } from '../loader/startWidget';
import type { WidgetWorld } from '../stages/stageTypes';

export type SubmitOutcome =
  | { kind: 'accepted'; receipt: IntakeReceipt }
  | { kind: 'queued' }
  | { kind: 'refused'; message: string };

export interface WidgetOutbox {
  /** Stores the ticket durably, then tries to send it now. */
  submit(draft: TicketDraft, screenshot?: StoredImage): Promise<SubmitOutcome>;
  /** Sends whatever an earlier page left waiting. */
  resume(): Promise<void>;
  /** The reporter's tickets from this browser, newest first; null when the hub is unreachable. */
  myTickets(): Promise<ReporterTicket[] | null>;
  /** The same list kept current while it is open (ticket streams, polling); returns `stop`. */
  watchMyTickets(onList: (items: ReporterTicket[] | null) => void): () => void;
}

export function openWidgetOutbox(world: WidgetWorld): WidgetOutbox {
  const { win, config } = world;
  const db = new OutboxDb(`tierdesk-outbox-${config.app}`);
  const client = createHubClient({
    hub: config.hub,
    key: config.key,
    fetch: world.fetch,
    now: world.now,
  });
  const outbox = createOutbox({
    db,
    client,
    now: world.now,
    random: Math.random,
    locks: win.navigator.locks,
    onPending: (count) => {
      try {
        if (count > 0) win.localStorage.setItem(pendingKey(config.app), String(count));
        else win.localStorage.removeItem(pendingKey(config.app));
      } catch {
        // Storage blocked: resuming waits for the next use of the dialog.
      }
    },
  });
  const runner = runOutbox(outbox, win as never, world.now);

  return {
    async submit(raw, screenshot) {
      // Secrets are scrubbed before the draft touches IndexedDB, let alone the network.
      const draft = redactDraft(raw);
      // The resume hint goes first: a reload between the outbox write and its count (seen under
      // faults) must still find it on the next load. A hint with no entry behind it is cleared
      // by that resume.
      try {
        win.localStorage.setItem(pendingKey(config.app), '1');
      } catch {
        // Storage blocked: resuming waits for the next use of the dialog.
      }
      await outbox.enqueue(draft, screenshot);
      // Send right away; the runner keeps retrying in the background if this fails.
      const report = await outbox.flush().catch(() => null);
      void runner.kick();
      const receipt = report?.accepted.get(draft.id);
      if (receipt) return { kind: 'accepted', receipt };
      const refusal = report?.refused.get(draft.id);
      if (refusal) return { kind: 'refused', message: refusal.message };
      return { kind: 'queued' };
    },
    resume: () => runner.kick(),
    myTickets,
    watchMyTickets(onList) {
      let stop: (() => void) | null = null;
      let stopped = false;
      void db.receipts
        .orderBy('createdAt')
        .reverse()
        .limit(50)
        .toArray()
        .then(
          (receipts) => {
            if (stopped) return;
            const doc = win.document;
            stop = watchReporterTickets({
              keys: receipts.map((r) => ({ ticketId: r.id, reporterToken: r.reporterToken })),
              readList: myTickets,
              openStream: (key, onEvent) => openTicketStream(win, config.hub, key, onEvent),
              onList,
              visible: () => doc.visibilityState !== 'hidden',
              onVisibilityChange: (fn) => {
                doc.addEventListener('visibilitychange', fn);
                return () => doc.removeEventListener('visibilitychange', fn);
              },
              setTimeout: (fn, ms) => win.setTimeout(fn, ms),
              clearTimeout: (id) => win.clearTimeout(id as number),
            });
          },
          () => onList(null),
        );
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };

  async function myTickets(): Promise<ReporterTicket[] | null> {
    const receipts = await db.receipts.orderBy('createdAt').reverse().limit(50).toArray();
    if (receipts.length === 0) return [];
    const result = await client.reporterTickets(receipts.map((r) => r.reporterToken));
    return result.ok ? result.value : null;
  }
}

/**
 * The hub's stream of one ticket for its reporter. Its events only wake a re-read of the parsed
 * list, so their bodies are never trusted; without EventSource, polling alone keeps the list.
 */
function openTicketStream(
  win: Window & typeof globalThis,
  hub: string,
  key: { ticketId: string; reporterToken: string },
  onEvent: () => void,
): () => void {
  if (typeof win.EventSource !== 'function') return () => {};
  const url = `${hub.replace(/\/+$/, '')}/v1/tickets/${encodeURIComponent(key.ticketId)}/stream?reporter_token=${encodeURIComponent(key.reporterToken)}`;
  let source: EventSource;
  try {
    source = new win.EventSource(url);
  } catch {
    return () => {};
  }
  source.addEventListener('ticket', onEvent);
  // The hub could not replay what a reconnect missed: read the list again all the same.
  source.addEventListener('resync', onEvent);
  return () => source.close();
}
