// Writes one change of a ticket inside the caller's transaction: numbers the new events, records
// any SLA threshold or breach the change (or time) brought (at `now`, R25), refreshes the queue
// columns. Returns what must be pushed live once the transaction has committed.
import type { NewTicketEvent, Ticket, TicketEvent } from '@tierdesk/core';
import type { TicketSlaState } from '../domain/sla';
import type { HubContext } from '../hubContext';
import type { HubTx, QueueRow, TicketRecord } from '../store/hubStore';
import { queueRowOf } from '../store/queueRowOf';
import { slaOutcome } from './slaColumns';

export interface TicketChange {
  ticket: Ticket;
  /** The events this change appended, numbered. */
  events: TicketEvent[];
  record: TicketRecord;
  /** The queue row as written (what the queue stream publishes after the commit). */
  row: QueueRow;
  /** The SLA alerts among `events` to push live and send to webhooks (not those marked only, R28). */
  notify: TicketEvent[];
  /** The ticket's SLA state after the change. */
  sla: TicketSlaState;
}

export async function recordTicketChange(
  ctx: HubContext,
  tx: HubTx,
  ticket: Ticket,
  newEvents: readonly NewTicketEvent[],
  now: string,
  options: { insert?: { reporterTokenSha256: string; reporterKey: string | null } } = {},
): Promise<TicketChange> {
  const previous = options.insert ? [] : await tx.events(ticket.id);
  let seq = previous.at(-1)?.seq ?? 0;
  const numbered = newEvents.map((e) => ({ ...e, seq: ++seq }) as TicketEvent);
  const sla = slaOutcome([...previous, ...numbered], ctx.config.sla, now);
  const alerts = sla.alerts.map((a) => ({ ...a.event, seq: ++seq }) as TicketEvent);
  const notify = alerts.filter((_, i) => sla.alerts[i]!.notify);
  const events = [...numbered, ...alerts];
  const record: TicketRecord = { ticket, queue: sla.columns };
  if (options.insert)
    await tx.insertTicket(record, options.insert.reporterTokenSha256, options.insert.reporterKey);
  else await tx.updateTicket(record);
  await tx.appendEvents(ticket.id, events);
  return { ticket, events, record, row: queueRowOf(record), notify, sla: sla.state };
}
