// A major incident raises the impact of its tickets to the whole organisation, and so their
// priority through the matrix (DESIGN.md, Incidents; issue 8 step 4): never lowers it.
import {
  applyEvent,
  comparePriority,
  priorityFor,
  type Actor,
  type NewTicketEvent,
  type PriorityMatrix,
  type Ticket,
} from '@tierdesk/core';

/** The ticket after the raise and the event recording it, or the ticket unchanged and no event. */
export function majorIncidentRaise(
  ticket: Ticket,
  matrix: PriorityMatrix,
  actor: Actor,
  now: string,
  reporters: number,
): { ticket: Ticket; events: NewTicketEvent[] } {
  const to = priorityFor('organization', ticket.urgency, matrix);
  if (ticket.impact === 'organization' || comparePriority(to, ticket.priority) >= 0) {
    return { ticket, events: [] };
  }
  const event: NewTicketEvent = {
    type: 'priority_changed',
    at: now,
    actor,
    from: ticket.priority,
    to,
    impact: 'organization',
    reason: `Major incident: ${reporters} people reported the same problem with ${ticket.app.name}`,
  };
  return { ticket: applyEvent(ticket, event), events: [event] };
}
