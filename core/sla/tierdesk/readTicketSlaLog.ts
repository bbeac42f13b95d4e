// Tierdesk's event log read for the engine in one pass: each event converted to a case event
// (ticketSlaEvents, `tierdesk sla`) and, when asked, its instant parsed while the event is at hand.
// The hub replays through TicketReplayLog, which must read every log exactly as this does.
import type { TicketEvent } from '../../model/event';
import type { CaseEvent } from '../engine/slaCaseSchema';
import { parseCanonicalIso } from '../time/isoInstant';
import { statusAfter } from './statusAfter';

const inOrder = (a: TicketEvent, b: TicketEvent) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq;

/** A ticket's case events, with their instants read in the same pass when asked for. */
export interface TicketSlaLog {
  events: CaseEvent[];
  /** `events[k].at` as ms (empty unless asked for). */
  instants: number[];
  /** `events[k].at` when it is canonical (exactly isoInstant of its instant), else null. */
  texts: (string | null)[];
}

/**
 * The case events of a ticket's log (events that do not bear on SLAs are left out) and, with
 * `withInstants`, their instants: one pass over the log instead of one to convert and one to parse (each event's text is read once; equal instants are parsed once).
 * @example readTicketSlaLog([createdEvent], true).instants // [Date.parse(createdEvent.at)]
 */
export function readTicketSlaLog(
  events: readonly TicketEvent[],
  withInstants: boolean,
): TicketSlaLog {
  if (withInstants) {
    // The order is checked on the instants as they are parsed; a log found out of order (seldom:
    // the store keeps it in order) is read again from a sorted copy.
    return readLog(events, true, true) ?? readLog([...events].sort(inOrder), true, false)!;
  }
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
  return readLog(sorted, false, false)!;
}

/** The log of `sorted`; null when `checkOrder` finds two events out of order (R19). */
function readLog(
  sorted: readonly TicketEvent[],
  withInstants: boolean,
  checkOrder: boolean,
): TicketSlaLog | null {
  const out: CaseEvent[] = [];
  const instants: number[] = [];
  const texts: (string | null)[] = [];
  // Events often come in pairs at one instant (resolved + its status change): parse each once.
  let text = '';
  let ms = NaN;
  let canonical: string | null = null;
  let status = 'new';
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    const at = e.at;
    if (withInstants && at !== text) {
      const before = ms;
      const wasCanonical = canonical !== null;
      ms = parseCanonicalIso((text = at));
      canonical = ms === ms ? text : null;
      if (canonical === null) ms = Date.parse(text);
      // Canonical texts (years 0000–9999) order as their instants do: compare the numbers.
      if (checkOrder && i > 0) {
        if (wasCanonical && canonical !== null ? ms < before : inOrder(sorted[i - 1]!, e) > 0)
          return null;
      }
    } else if (checkOrder && i > 0 && sorted[i - 1]!.seq > e.seq) return null;
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
        const to = statusAfter(e, status);
        if (to === status) break;
        status = to;
        ev = { at, type: 'update', by, set: { status } };
        break;
      }
      default:
        break;
    }
    if (ev === null) continue;
    out.push(ev);
    if (!withInstants) continue;
    instants.push(ms);
    texts.push(canonical);
  }
  return { events: out, instants, texts };
}
