// Stand-in for core/workflow until it lands: the ticket actions, who may take them, and the
// events they record (new → triaged → in_progress ⇄ waiting_on_user → resolved → closed).
import {
  prioritySchema,
  priorityFor,
  slugSchema,
  text,
  tierRank,
  tierSchema,
  impactSchema,
  urgencySchema,
  type Actor,
  type Classification,
  type NewTicketEvent,
  type Priority,
  type Status,
  type Ticket,
  type TicketDraft,
  type TierdeskConfig,
} from '@tierdesk/core';
import * as z from 'zod/mini';

const reason = text(2000, 1);
export const ticketActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('acknowledge'), message: z.optional(text(10_000)) }),
  z.strictObject({ type: z.literal('assign'), assignee: z.nullable(slugSchema) }),
  z.strictObject({
    type: z.literal('reclassify'),
    category: slugSchema,
    tier: z.optional(tierSchema),
    reason,
  }),
  z.strictObject({
    type: z.literal('change_priority'),
    priority: z.optional(prioritySchema),
    impact: z.optional(impactSchema),
    urgency: z.optional(urgencySchema),
    reason,
  }),
  z.strictObject({
    type: z.literal('comment'),
    body: text(10_000, 1),
    visibility: z._default(z.enum(['public', 'internal']), 'internal'),
  }),
  z.strictObject({ type: z.literal('request_info'), question: text(10_000, 1) }),
  z.strictObject({ type: z.literal('user_replied'), body: text(10_000, 1) }),
  z.strictObject({
    type: z.literal('escalate'),
    to: tierSchema,
    notes: text(10_000, 1),
    runbookSteps: z.optional(z.array(text(300)).check(z.maxLength(50))),
  }),
  z.strictObject({ type: z.literal('runbook_step'), step: text(300, 1), done: z.boolean() }),
  z.strictObject({
    type: z.literal('resolve'),
    resolution: text(10_000, 1),
    knownIssueId: z.optional(slugSchema),
  }),
  z.strictObject({ type: z.literal('reopen'), reason }),
  z.strictObject({ type: z.literal('close'), reason: z.optional(text(2000)) }),
]);
export type TicketAction = z.infer<typeof ticketActionSchema>;

export type WorkflowResult =
  | { ok: true; ticket: Ticket; events: NewTicketEvent[] }
  | { ok: false; error: { code: string; message: string } };

const closedStatuses: Status[] = ['resolved', 'closed'];
const reject = (code: string, message: string): WorkflowResult => ({
  ok: false,
  error: { code, message },
});

/** Applies one action: the changed ticket and its events, or why it is not allowed now. */
export function applyAction(
  ticket: Ticket,
  action: TicketAction,
  actor: Actor,
  now: string,
  config: TierdeskConfig,
): WorkflowResult {
  if (actor.kind === 'reporter' && action.type !== 'user_replied' && action.type !== 'reopen') {
    return reject('forbidden', `a reporter may not ${action.type.replace('_', ' ')}`);
  }
  const events: NewTicketEvent[] = [];
  const next: Ticket = { ...ticket, updatedAt: now };
  const base = { at: now, actor };
  const setStatus = (to: Status) => {
    if (next.status !== to) events.push({ ...base, type: 'status_changed', from: next.status, to });
    next.status = to;
  };
  const isClosed = closedStatuses.includes(ticket.status);
  const openOnly = () => reject('ticket_closed', `the ticket is ${ticket.status}; reopen it first`);
  switch (action.type) {
    case 'acknowledge':
      if (isClosed) return openOnly();
      if (ticket.firstRespondedAt !== null)
        return reject('already_acknowledged', 'the ticket was already acknowledged');
      events.push({
        ...base,
        type: 'acknowledged',
        ...(action.message ? { message: action.message } : {}),
      });
      next.firstRespondedAt = now;
      setStatus('in_progress');
      break;
    case 'assign':
      if (isClosed) return openOnly();
      events.push({ ...base, type: 'assigned', assignee: action.assignee });
      next.assignee = action.assignee;
      if (next.status === 'new') setStatus('triaged');
      break;
    case 'reclassify': {
      if (isClosed) return openOnly();
      const category = config.taxonomy.find((c) => c.id === action.category);
      if (!category)
        return reject('unknown_category', `no category "${action.category}" in the taxonomy`);
      const tier = action.tier ?? category.tier;
      events.push({
        ...base,
        type: 'reclassified',
        from: { category: ticket.category, tier: ticket.tier },
        to: { category: category.id, tier },
        reason: action.reason,
      });
      next.category = category.id;
      next.tier = tier;
      if (next.status === 'new') setStatus('triaged');
      break;
    }
    case 'change_priority': {
      if (isClosed) return openOnly();
      const impact = action.impact ?? ticket.impact;
      const urgency = action.urgency ?? ticket.urgency;
      const to: Priority = action.priority ?? priorityFor(impact, urgency, config.priorityMatrix);
      if (to === ticket.priority && impact === ticket.impact && urgency === ticket.urgency) {
        return reject('no_change', 'the priority is already ' + to);
      }
      events.push({
        ...base,
        type: 'priority_changed',
        from: ticket.priority,
        to,
        impact,
        urgency,
        reason: action.reason,
      });
      next.priority = to;
      next.impact = impact;
      next.urgency = urgency;
      next.priorityOverride = action.priority ? { priority: to, reason: action.reason } : undefined;
      if (!next.priorityOverride) delete next.priorityOverride;
      break;
    }
    case 'comment':
      events.push({ ...base, type: 'commented', body: action.body, visibility: action.visibility });
      break;
    case 'request_info':
      if (isClosed) return openOnly();
      events.push({ ...base, type: 'info_requested', question: action.question });
      if (next.firstRespondedAt === null) {
        events.push({ ...base, type: 'acknowledged' });
        next.firstRespondedAt = now;
      }
      setStatus('waiting_on_user');
      break;
    case 'user_replied':
      if (isClosed) return openOnly();
      events.push({ ...base, type: 'user_replied', body: action.body });
      if (next.status === 'waiting_on_user') setStatus('in_progress');
      break;
    case 'escalate': {
      if (isClosed) return openOnly();
      if (tierRank(action.to) <= tierRank(ticket.tier)) {
        return reject(
          'not_higher_tier',
          `escalation goes up: the ticket is already at ${ticket.tier}`,
        );
      }
      const notes = action.notes.trim();
      if (notes.length < config.workflow.minEscalationNotes || !/\p{L}{2,}/u.test(notes)) {
        return reject(
          'escalation_notes_required',
          `say what was already tried (at least ${config.workflow.minEscalationNotes} characters)`,
        );
      }
      events.push({
        ...base,
        type: 'escalated',
        from: ticket.tier,
        to: action.to,
        notes,
        ...(action.runbookSteps ? { runbookSteps: action.runbookSteps } : {}),
      });
      next.tier = action.to;
      next.assignee = null;
      if (next.status === 'new') setStatus('triaged');
      break;
    }
    case 'runbook_step':
      if (isClosed) return openOnly();
      events.push({ ...base, type: 'runbook_step', step: action.step, done: action.done });
      next.runbookDone = action.done
        ? [...new Set([...ticket.runbookDone, action.step])]
        : ticket.runbookDone.filter((s) => s !== action.step);
      break;
    case 'resolve':
      if (isClosed) return openOnly();
      events.push({
        ...base,
        type: 'resolved',
        resolution: action.resolution,
        ...(action.knownIssueId ? { knownIssueId: action.knownIssueId } : {}),
      });
      next.resolution = action.resolution;
      next.knownIssueId = action.knownIssueId ?? null;
      next.resolvedAt = now;
      setStatus('resolved');
      break;
    case 'reopen': {
      if (ticket.status !== 'resolved')
        return reject('not_resolved', 'only a resolved ticket can be reopened');
      const windowMs = config.workflow.reopenWindowDays * 86_400_000;
      if (Date.parse(now) - Date.parse(ticket.resolvedAt ?? now) > windowMs) {
        return reject(
          'reopen_window_passed',
          `the ${config.workflow.reopenWindowDays}-day reopen window has passed`,
        );
      }
      events.push({ ...base, type: 'reopened', reason: action.reason });
      next.resolvedAt = null;
      next.resolution = null;
      setStatus('in_progress');
      break;
    }
    case 'close':
      if (ticket.status === 'closed')
        return reject('already_closed', 'the ticket is already closed');
      if (
        ticket.status !== 'resolved' &&
        !(actor.kind === 'agent' && ['lead', 'admin'].includes(actor.role))
      ) {
        return reject('not_resolved', 'resolve the ticket before closing it (or ask a lead)');
      }
      events.push({ ...base, type: 'closed', ...(action.reason ? { reason: action.reason } : {}) });
      next.closedAt = now;
      setStatus('closed');
      break;
  }
  return { ok: true, ticket: next, events };
}

/** The ticket a draft becomes at intake, and its `created` event. */
export function createTicket(input: {
  draft: TicketDraft;
  number: string;
  appName: string;
  classification: Classification;
  priority: Priority;
  now: string;
  actor: Actor;
}): { ticket: Ticket; event: NewTicketEvent } {
  const { draft, classification, now } = input;
  const ticket: Ticket = {
    schemaVersion: 2,
    id: draft.id,
    number: input.number,
    summary: draft.summary,
    description: draft.description,
    reporter: draft.reporter,
    app: {
      id: draft.app.id,
      name: input.appName,
      ...(draft.app.version !== undefined ? { version: draft.app.version } : {}),
      ...(draft.app.environment !== undefined ? { environment: draft.app.environment } : {}),
    },
    source: draft.source,
    impact: draft.impact,
    urgency: draft.urgency,
    priority: input.priority,
    category: classification.category,
    tier: classification.tier,
    classification,
    status: 'new',
    assignee: null,
    ...(draft.context ? { context: draft.context } : {}),
    attachments: [],
    incidentId: null,
    majorIncident: false,
    knownIssueId: null,
    resolution: null,
    runbookDone: [],
    createdAt: now,
    updatedAt: now,
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
  };
  return { ticket, event: { type: 'created', at: now, actor: input.actor, ticket } };
}
