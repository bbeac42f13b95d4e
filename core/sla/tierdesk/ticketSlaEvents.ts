// Tierdesk's event log in the engine's words: statuses to categories, agent replies and customer
// messages, priority and tier (the OLA group) changes.
import type { TicketEvent } from '../../model/event';
import type { CaseEvent } from '../engine/slaCaseSchema';
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

const inOrder = (a: TicketEvent, b: TicketEvent) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq;

/**
 * The case events of a ticket's log (events that do not bear on SLAs are left out).
 * @example ticketSlaEvents([createdEvent, acknowledgedEvent]) // [{ type: 'created', … }, { type: 'agent_reply', … }]
 */
export function ticketSlaEvents(events: readonly TicketEvent[]): CaseEvent[] {
  const out: CaseEvent[] = [];
  let status = 'new';
  // A log read from the store is in order already: sort (a copy) only when it is not.
  let sorted = events;
  for (let i = 1; i < events.length; i++) {
    // One comparison of the instants' text for the usual step forward in time.
    if (events[i - 1]!.at < events[i]!.at) continue;
    if (inOrder(events[i - 1]!, events[i]!) > 0) {
      sorted = [...events].sort(inOrder);
      break;
    }
  }
  for (const e of sorted) {
    const at = e.at;
    const by =
      e.actor.kind === 'agent' ? 'agent' : e.actor.kind === 'reporter' ? 'customer' : 'system';
    let ev: CaseEvent | null = null;
    switch (e.type) {
      case 'created': {
        const t = e.ticket;
        status = t.status;
        ev = {
          at,
          type: 'created',
          by: by === 'agent' ? 'agent' : 'customer',
          set: {
            status: t.status,
            priority: t.priority,
            group: t.tier,
            assignee: t.assignee,
            category: t.category,
            impact: t.impact,
            urgency: t.urgency,
            app: t.app.id,
            source: t.source,
            majorIncident: t.majorIncident,
          },
        };
        break;
      }
      case 'acknowledged':
        ev = { at, type: 'agent_reply', by };
        break;
      case 'commented':
        ev =
          e.visibility === 'internal'
            ? { at, type: 'internal_note', by }
            : by === 'customer'
              ? { at, type: 'customer_message', by }
              : { at, type: 'agent_reply', by };
        break;
      case 'info_requested':
        status = 'waiting_on_user';
        ev = { at, type: 'agent_reply', by, set: { status } };
        break;
      case 'user_replied':
        ev = { at, type: 'customer_message', by: 'customer' };
        break;
      case 'priority_changed':
        ev = { at, type: 'update', by, set: { priority: e.to } };
        break;
      case 'triaged':
        ev = { at, type: 'update', by, set: { group: e.tier, category: e.category } };
        break;
      case 'reclassified':
        ev = { at, type: 'update', by, set: { group: e.to.tier, category: e.to.category } };
        break;
      case 'escalated':
        ev = { at, type: 'update', by, set: { group: e.to } };
        break;
      case 'assigned':
        ev = { at, type: 'update', by, set: { assignee: e.assignee } };
        break;
      case 'incident_linked':
        ev = { at, type: 'update', by, set: { majorIncident: e.major } };
        break;
      case 'resolved':
      case 'closed':
      case 'reopened':
      case 'status_changed': {
        const to =
          e.type === 'status_changed'
            ? e.to
            : e.type === 'resolved'
              ? 'resolved'
              : e.type === 'closed'
                ? 'closed'
                : status === 'resolved' || status === 'closed'
                  ? 'in_progress'
                  : status;
        if (to === status) break;
        status = to;
        ev = { at, type: 'update', by, set: { status } };
        break;
      }
      default:
        break;
    }
    if (ev) out.push(ev);
  }
  return out;
}
