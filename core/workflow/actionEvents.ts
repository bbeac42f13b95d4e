// What an action records: checks the action's fields against the ticket and the configuration
// and answers the events it adds to the log (the status change, when there is one, comes last).
import type { Actor } from '../model/agent';
import type { TierdeskConfig } from '../model/config';
import { tierRank, type Status } from '../model/enums';
import type { NewTicketEvent } from '../model/event';
import type { Ticket } from '../model/ticketState';
import { priorityFor } from '../priority/priorityFor';
import { runbookOf } from './actionRefusal';
import { escalationNotesProblem } from './escalationNotesProblem';
import type { TicketAction } from './ticketAction';
import { workflowError, type WorkflowError } from './workflowError';

/**
 * The events `action` adds to `ticket`'s log, or why its fields are wrong. Assumes
 * `actionRefusal` already let the actor take this kind of action now.
 * @example actionEvents(newTicket, { type: 'acknowledge' }, agent, now, config) // [acknowledged, assigned, status_changed]
 */
export function actionEvents(
  ticket: Ticket,
  action: TicketAction,
  actor: Actor,
  now: string,
  config: TierdeskConfig,
): NewTicketEvent[] | WorkflowError {
  const at = now;
  const to = (status: Status): NewTicketEvent[] =>
    ticket.status === status
      ? []
      : [{ type: 'status_changed', at, actor, from: ticket.status, to: status }];

  switch (action.type) {
    case 'reclassify': {
      const category = config.taxonomy.find((c) => c.id === action.category);
      if (!category) {
        return workflowError(
          'invalid_action',
          `There is no category "${action.category}" in the taxonomy.`,
          'category',
        );
      }
      const tier = action.tier ?? category.tier;
      const triage = ticket.status === 'new';
      const same = category.id === ticket.category && tier === ticket.tier;
      if (same && !triage) {
        return workflowError(
          'invalid_action',
          `${ticket.number} is already ${category.label} at ${tier}.`,
          'category',
        );
      }
      // Triage routes a new ticket to any tier; afterwards a higher tier is reached by escalating,
      // with notes of what was tried (leads may still move it directly).
      const lead = actor.kind === 'agent' && (actor.role === 'lead' || actor.role === 'admin');
      if (!triage && tierRank(tier) > tierRank(ticket.tier) && !lead) {
        return workflowError(
          'invalid_action',
          `Moving ${ticket.number} from ${ticket.tier} to ${tier} is an escalation: escalate it with notes of what was tried.`,
          'tier',
        );
      }
      return [
        {
          type: 'reclassified',
          at,
          actor,
          from: { category: ticket.category, tier: ticket.tier },
          to: { category: category.id, tier },
          reason: action.reason,
        },
        ...(triage ? to('triaged') : []),
      ];
    }
    case 'change_priority': {
      const impact = action.impact ?? ticket.impact;
      const urgency = action.urgency ?? ticket.urgency;
      const matrix = priorityFor(impact, urgency, config.priorityMatrix);
      const priority = action.priority ?? matrix;
      const override = priority !== matrix;
      const unchanged =
        priority === ticket.priority &&
        impact === ticket.impact &&
        urgency === ticket.urgency &&
        override === (ticket.priorityOverride !== undefined);
      if (unchanged) {
        return workflowError(
          'invalid_action',
          `${ticket.number} already has priority ${priority} with this impact and urgency.`,
          'priority',
        );
      }
      return [
        {
          type: 'priority_changed',
          at,
          actor,
          from: ticket.priority,
          to: priority,
          ...(action.impact === undefined ? {} : { impact }),
          ...(action.urgency === undefined ? {} : { urgency }),
          reason: action.reason,
          ...(override ? { override: true } : {}),
        },
      ];
    }
    case 'assign':
      if (action.assignee === ticket.assignee) {
        return workflowError(
          'invalid_action',
          action.assignee === null
            ? `${ticket.number} is not assigned to anyone.`
            : `${ticket.number} is already assigned to ${action.assignee}.`,
          'assignee',
        );
      }
      return [{ type: 'assigned', at, actor, assignee: action.assignee }];
    case 'acknowledge':
      return [
        {
          type: 'acknowledged',
          at,
          actor,
          ...(action.message === undefined ? {} : { message: action.message }),
        },
        // Acknowledging takes the ticket: the queue then shows who is on it.
        ...(ticket.assignee === null && actor.kind === 'agent'
          ? [{ type: 'assigned' as const, at, actor, assignee: actor.id }]
          : []),
        ...to('in_progress'),
      ];
    case 'comment':
      if (actor.kind === 'reporter' && action.visibility === 'internal') {
        return workflowError('forbidden', 'Reporters can only add public comments.', 'visibility');
      }
      return [
        { type: 'commented', at, actor, body: action.body, visibility: action.visibility },
        // Whatever channel the reporter answers by counts as their reply (spec/sla.md E5).
        ...(actor.kind === 'reporter' && ticket.status === 'waiting_on_user'
          ? to('in_progress')
          : []),
      ];
    case 'request_info':
      return [
        { type: 'info_requested', at, actor, question: action.question },
        ...to('waiting_on_user'),
      ];
    case 'user_replied':
      return [
        { type: 'user_replied', at, actor, body: action.body },
        ...(ticket.status === 'waiting_on_user' ? to('in_progress') : []),
      ];
    case 'escalate': {
      if (tierRank(action.to) <= tierRank(ticket.tier)) {
        return workflowError(
          'invalid_action',
          `Escalation goes up: ${ticket.number} is at ${ticket.tier}, so choose a tier above it.`,
          'to',
        );
      }
      const problem = escalationNotesProblem(action.notes, config.workflow.minEscalationNotes);
      if (problem) return workflowError('notes_required', problem, 'notes');
      const steps = action.runbookSteps ?? ticket.runbookDone;
      return [
        {
          type: 'escalated',
          at,
          actor,
          from: ticket.tier,
          to: action.to,
          notes: action.notes,
          ...(steps.length > 0 ? { runbookSteps: steps.slice(0, 50) } : {}),
        },
        ...to('triaged'),
      ];
    }
    case 'runbook_step': {
      if (!runbookOf(ticket, config).includes(action.step)) {
        return workflowError(
          'invalid_action',
          `"${action.step}" is not a step of the runbook of ${ticket.category}.`,
          'step',
        );
      }
      if (ticket.runbookDone.includes(action.step) === action.done) {
        return workflowError(
          'invalid_action',
          `"${action.step}" is already ${action.done ? 'ticked' : 'unticked'}.`,
          'done',
        );
      }
      return [{ type: 'runbook_step', at, actor, step: action.step, done: action.done }];
    }
    case 'resolve':
      return [
        {
          type: 'resolved',
          at,
          actor,
          resolution: action.resolution,
          ...(action.knownIssueId === undefined ? {} : { knownIssueId: action.knownIssueId }),
        },
        ...to('resolved'),
      ];
    case 'reopen':
      return [{ type: 'reopened', at, actor, reason: action.reason }, ...to('in_progress')];
    case 'close':
      if (ticket.status !== 'resolved' && !action.reason?.trim()) {
        return workflowError(
          'invalid_action',
          `${ticket.number} is not resolved: say why it is closed without a resolution (duplicate, spam …).`,
          'reason',
        );
      }
      return [
        { type: 'closed', at, actor, ...(action.reason ? { reason: action.reason } : {}) },
        ...to('closed'),
      ];
  }
}
