// Rebuilds a ticket from its stored event log (the hub's recovery and its audit check).
import type { NewTicketEvent, TicketEvent } from '../model/event';
import type { Ticket } from '../model/ticketState';
import { applyEvent } from './applyEvent';

/**
 * Folds a log, in order, from its `created` event.
 * @example replayTicket([created, acknowledged, statusChanged]).status // 'in_progress'
 */
export function replayTicket(events: readonly (TicketEvent | NewTicketEvent)[]): Ticket {
  let ticket: Ticket | null = null;
  for (const event of events) ticket = applyEvent(ticket, event);
  if (ticket === null) throw new Error('an empty log holds no ticket');
  return ticket;
}
