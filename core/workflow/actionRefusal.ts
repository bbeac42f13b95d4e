// Who may take which action in which status: the gate `applyAction` and `allowedActions` share,
// so the buttons the UI shows are exactly the actions the hub accepts.
import type { Actor } from '../model/agent';
import type { TierdeskConfig } from '../model/config';
import { tierRank, type Status } from '../model/enums';
import type { Ticket } from '../model/ticketState';
import type { TicketActionType } from './ticketAction';
import { workflowError, type WorkflowError } from './workflowError';

const open: readonly Status[] = ['new', 'triaged', 'in_progress', 'waiting_on_user'];

/** The statuses each action starts from (DESIGN.md: new → triaged → in_progress ⇄ waiting_on_user → resolved → closed). */
export const actionStatuses: Record<TicketActionType, readonly Status[]> = {
  acknowledge: ['new', 'triaged'],
  reclassify: open,
  change_priority: open,
  assign: [...open, 'resolved'],
  comment: [...open, 'resolved'],
  request_info: ['new', 'triaged', 'in_progress'],
  user_replied: open,
  runbook_step: open,
  escalate: open,
  resolve: open,
  reopen: ['resolved'],
  // From an open status only with a reason (duplicate, spam …); checked with the payload.
  close: [...open, 'resolved'],
};

/** Reporters follow their own ticket: they answer, reopen and comment publicly (api.md). */
const reporterActions: readonly TicketActionType[] = ['user_replied', 'reopen', 'comment'];

/** What the hub's automation does: auto-triage, major incidents, OLA escalation (R45), auto-close, mail-in replies. */
const systemActions: readonly TicketActionType[] = [
  'reclassify',
  'change_priority',
  'assign',
  'comment',
  'escalate',
  'user_replied',
  'close',
];

const verbs: Record<TicketActionType, string> = {
  acknowledge: 'acknowledge',
  reclassify: 'reclassify',
  change_priority: 'change the priority of',
  assign: 'assign',
  comment: 'comment on',
  request_info: 'ask the user about',
  user_replied: 'record a reply on',
  runbook_step: 'tick runbook steps on',
  escalate: 'escalate',
  resolve: 'resolve',
  reopen: 'reopen',
  close: 'close',
};

const statusWords: Record<Status, string> = {
  new: 'new',
  triaged: 'triaged',
  in_progress: 'in progress',
  waiting_on_user: 'waiting on the user',
  resolved: 'resolved',
  closed: 'closed',
};

const dayMs = 86_400_000;

/** True when an agent's role reaches the ticket's tier (lead and admin reach every tier). */
export function agentReaches(role: string, ticket: Ticket): boolean {
  if (role === 'lead' || role === 'admin') return true;
  return tierRank(role as Ticket['tier']) >= tierRank(ticket.tier);
}

/**
 * Why `actor` may not take an action of `type` on `ticket` now, or `null` when they may.
 * Looks at role, tier, ownership, status and the reopen window; the action's fields are
 * checked later, by `actionEvents`.
 * @example actionRefusal(ticketAtL3, 'resolve', l1Agent, now, config)?.code // 'forbidden'
 */
export function actionRefusal(
  ticket: Ticket,
  type: TicketActionType,
  actor: Actor,
  now: string,
  config: TierdeskConfig,
): WorkflowError | null {
  const who = forbidden(ticket, type, actor);
  if (who) return who;
  const { number, status } = ticket;
  if (status === 'closed') {
    return workflowError(
      'invalid_transition',
      `${number} is closed, and a closed ticket cannot change. Raise a new ticket instead.`,
    );
  }
  if (!actionStatuses[type].includes(status)) {
    if (type === 'acknowledge') {
      return workflowError('invalid_transition', `${number} has already been acknowledged.`);
    }
    if (type === 'reopen') {
      return workflowError(
        'invalid_transition',
        `Only a resolved ticket can be reopened; ${number} is ${statusWords[status]}.`,
      );
    }
    if (status === 'resolved') {
      return workflowError(
        'invalid_transition',
        `${number} is resolved: reopen it before you ${verbs[type]} it.`,
      );
    }
    return workflowError(
      'invalid_transition',
      `You cannot ${verbs[type]} ${number} while it is ${statusWords[status]}.`,
    );
  }
  if (type === 'escalate' && ticket.tier === 'L3') {
    return workflowError('invalid_transition', `${number} is already at L3, the highest tier.`);
  }
  if (type === 'runbook_step' && runbookOf(ticket, config).length === 0) {
    return workflowError('invalid_transition', `The category of ${number} has no runbook.`);
  }
  if (type === 'reopen' && ticket.resolvedAt !== null) {
    const days = config.workflow.reopenWindowDays;
    if (Date.parse(now) - Date.parse(ticket.resolvedAt) > days * dayMs) {
      return workflowError(
        'reopen_window_passed',
        `${number} was resolved more than ${days} days ago and can no longer be reopened. Raise a new ticket instead.`,
      );
    }
  }
  return null;
}

function forbidden(ticket: Ticket, type: TicketActionType, actor: Actor): WorkflowError | null {
  const { number } = ticket;
  if (actor.kind === 'reporter') {
    // The hub binds a reporter to one ticket by its reporter token; an id that names someone
    // else is a mix-up we refuse rather than trust.
    const own =
      actor.id === undefined || ticket.reporter.id === undefined || actor.id === ticket.reporter.id;
    if (!own) return workflowError('forbidden', `${number} was reported by someone else.`);
    if (!reporterActions.includes(type)) {
      return workflowError('forbidden', `Only the support team can ${verbs[type]} ${number}.`);
    }
    return null;
  }
  if (actor.kind === 'system') {
    return systemActions.includes(type)
      ? null
      : workflowError('forbidden', `The hub's automation cannot ${verbs[type]} a ticket.`);
  }
  // Any agent may add a note (a caller may phone L1 about an L3 ticket); acting needs the tier.
  if (type === 'comment' || agentReaches(actor.role, ticket)) return null;
  return workflowError(
    'forbidden',
    `${number} sits at ${ticket.tier}; an ${actor.role} agent cannot ${verbs[type]} it.`,
  );
}

/** The L1 checklist of the ticket's category (empty when the category has none). */
export function runbookOf(ticket: Ticket, config: TierdeskConfig): readonly string[] {
  return config.taxonomy.find((c) => c.id === ticket.category)?.runbook ?? [];
}
