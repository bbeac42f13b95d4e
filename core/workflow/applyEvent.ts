// The ticket reducer: folds one event of the log into the ticket. `applyAction` produces events
// and folds them here, so replaying a stored log rebuilds exactly the ticket the hub keeps.
//
// Status changes only through `status_changed` events (the SLA clock reads one kind of event for
// its timeline); the other events carry what changed besides the status.
import type { NewTicketEvent, TicketEvent } from '../model/event';
import type { Ticket } from '../model/ticketState';

/**
 * The ticket after `event`; never mutates its inputs. `created` starts a ticket (from `null`);
 * any other event needs the ticket it applies to.
 * @example applyEvent(ticket, { type: 'assigned', assignee: 'sam', at, actor }).assignee // 'sam'
 */
export function applyEvent(ticket: Ticket | null, event: TicketEvent | NewTicketEvent): Ticket {
  if (event.type === 'created') return { ...event.ticket };
  if (ticket === null) {
    throw new Error(`a ticket's log starts with "created", not "${event.type}"`);
  }
  const t: Ticket = { ...ticket, updatedAt: event.at };
  switch (event.type) {
    case 'triaged':
      return {
        ...t,
        category: event.category,
        tier: event.tier,
        ...(event.classification ? { classification: event.classification } : {}),
      };
    case 'reclassified':
      return { ...t, category: event.to.category, tier: event.to.tier };
    case 'priority_changed': {
      const next: Ticket = {
        ...t,
        priority: event.to,
        impact: event.impact ?? t.impact,
        urgency: event.urgency ?? t.urgency,
      };
      if (event.override) next.priorityOverride = { priority: event.to, reason: event.reason };
      else delete next.priorityOverride;
      return next;
    }
    case 'assigned':
      return { ...t, assignee: event.assignee };
    case 'acknowledged':
    case 'info_requested':
      return respondedFirst(t, event.at);
    case 'commented':
      // A public answer from an agent is a response to the reporter too.
      return event.visibility === 'public' && event.actor.kind === 'agent'
        ? respondedFirst(t, event.at)
        : t;
    case 'user_replied':
      return t;
    case 'escalated':
      // The next tier's queue owns it now: nobody there has taken it yet.
      return { ...t, tier: event.to, assignee: null };
    case 'runbook_step':
      return {
        ...t,
        runbookDone: event.done
          ? t.runbookDone.includes(event.step)
            ? t.runbookDone
            : [...t.runbookDone, event.step]
          : t.runbookDone.filter((s) => s !== event.step),
      };
    case 'resolved':
      return {
        ...respondedFirst(t, event.at),
        resolution: event.resolution,
        resolvedAt: event.at,
        knownIssueId: event.knownIssueId ?? null,
      };
    case 'reopened':
      // The resolution did not hold; the log keeps it, the ticket no longer claims it.
      return { ...t, resolution: null, resolvedAt: null, knownIssueId: null };
    case 'closed':
      return { ...t, closedAt: event.at };
    case 'attachment_added':
      return t.attachments.some((a) => a.id === event.attachment.id)
        ? t
        : { ...t, attachments: [...t.attachments, event.attachment] };
    case 'incident_linked':
      return { ...t, incidentId: event.incidentId, majorIncident: event.major };
    case 'sla_threshold':
    case 'sla_breached':
      // Observations of the SLA clock: the ticket itself does not change.
      return ticket;
    case 'status_changed':
      return { ...t, status: event.to };
  }
}

function respondedFirst(t: Ticket, at: string): Ticket {
  return t.firstRespondedAt === null ? { ...t, firstRespondedAt: at } : t;
}
