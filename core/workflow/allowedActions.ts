// The actions an actor may take on a ticket now: the buttons the extension shows.
import type { Actor } from '../model/agent';
import type { TierdeskConfig } from '../model/config';
import type { Ticket } from '../model/ticketState';
import { actionRefusal } from './actionRefusal';
import { ticketActionTypes, type TicketActionType } from './ticketAction';

/**
 * Action types the gate lets `actor` take on `ticket` at `now` (fields are checked on submit:
 * an allowed `escalate` still needs notes that say something).
 * @example allowedActions(resolvedTicket, reporter, config, now) // ['comment', 'reopen']
 */
export function allowedActions(
  ticket: Ticket,
  actor: Actor,
  config: TierdeskConfig,
  now: string = ticket.updatedAt,
): TicketActionType[] {
  return ticketActionTypes.filter(
    (type) => actionRefusal(ticket, type, actor, now, config) === null,
  );
}
