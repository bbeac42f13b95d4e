// One line of plain language per event kind, for the ticket's timeline.
import type { Actor } from '@tierdesk/core/model/agent';
import type { TicketEvent } from '@tierdesk/core/model/event';

export function actorName(a: Actor): string {
  if (a.kind === 'agent') return a.name ?? a.id;
  if (a.kind === 'reporter') return 'reporter';
  return 'hub';
}

/** What happened, without the who and when (the timeline shows those beside it). */
export function describeEvent(e: TicketEvent): string {
  switch (e.type) {
    case 'created':
      return `created as ${e.ticket.category} (${e.ticket.tier}, ${e.ticket.priority})`;
    case 'triaged':
      return `triaged: ${e.category} at ${e.tier}`;
    case 'reclassified':
      return `reclassified ${e.from.category}/${e.from.tier} → ${e.to.category}/${e.to.tier}: ${e.reason}`;
    case 'priority_changed':
      return `priority ${e.from} → ${e.to}: ${e.reason}`;
    case 'assigned':
      return e.assignee ? `assigned to ${e.assignee}` : 'unassigned';
    case 'acknowledged':
      return e.message ? `acknowledged: ${e.message}` : 'acknowledged';
    case 'commented':
      return `${e.visibility === 'internal' ? 'internal note' : 'public reply'}: ${e.body}`;
    case 'info_requested':
      return `asked the reporter: ${e.question}`;
    case 'user_replied':
      return `reporter replied: ${e.body}`;
    case 'escalated':
      return `escalated ${e.from} → ${e.to}: ${e.notes}`;
    case 'runbook_step':
      return `${e.done ? 'did' : 'unticked'}: ${e.step}`;
    case 'resolved':
      return `resolved${e.knownIssueId ? ` (known issue ${e.knownIssueId})` : ''}: ${e.resolution}`;
    case 'reopened':
      return `reopened: ${e.reason}`;
    case 'closed':
      return e.reason ? `closed: ${e.reason}` : 'closed';
    case 'attachment_added':
      return `attached ${e.attachment.kind} ${e.attachment.name ?? ''}`.trim();
    case 'incident_linked':
      return `linked to ${e.major ? 'major ' : ''}incident ${e.incidentId}`;
    case 'sla_threshold':
      return `${e.timer.replace(/_/g, ' ')} reached ${Math.round(e.percent)} %`;
    case 'sla_breached':
      return `${e.timer.replace(/_/g, ' ')} ${e.retracted ? 'breach retracted' : 'breached'}`;
    case 'status_changed':
      return `status ${e.from.replace(/_/g, ' ')} → ${e.to.replace(/_/g, ' ')}`;
  }
}
