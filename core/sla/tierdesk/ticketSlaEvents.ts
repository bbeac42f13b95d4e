// Tierdesk's event log in the engine's words: statuses to categories, agent replies and customer
// messages, priority and tier (the OLA group) changes.
import type { TicketEvent } from '../../model/event';
import type { CaseEvent } from '../engine/slaCaseSchema';
import { readTicketSlaLog } from './readTicketSlaLog';
import type { StatusCategory } from '../engine/definitionSchema';

/** Tierdesk statuses → status categories (R31–R36 read categories). */
export const tierdeskStatusMap: Record<string, StatusCategory> = {
  new: 'new',
  triaged: 'open',
  in_progress: 'open',
  waiting_on_user: 'pending',
  resolved: 'solved',
  closed: 'closed',
};

/**
 * The case events of a ticket's log (events that do not bear on SLAs are left out).
 * @example ticketSlaEvents([createdEvent, acknowledgedEvent]) // [{ type: 'created', … }, { type: 'agent_reply', … }]
 */
export function ticketSlaEvents(events: readonly TicketEvent[]): CaseEvent[] {
  return readTicketSlaLog(events, false).events;
}
