// The status a ticket is in after a status-moving event (status_changed, resolved, closed,
// reopened), given the status before it: what both readers of the Tierdesk log fold.
import type { TicketEvent } from '../../model/event';

type StatusEvent = Extract<
  TicketEvent,
  { type: 'status_changed' | 'resolved' | 'closed' | 'reopened' }
>;

/** A reopen goes back to work only from resolved or closed; elsewhere it changes nothing. */
export function statusAfter(e: StatusEvent, status: string): string {
  switch (e.type) {
    case 'status_changed':
      return e.to;
    case 'resolved':
      return 'resolved';
    case 'closed':
      return 'closed';
    case 'reopened':
      return status === 'resolved' || status === 'closed' ? 'in_progress' : status;
  }
}
