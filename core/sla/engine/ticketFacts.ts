// The ticket as the SLA engine sees it, folded event by event: fields, status category and the
// response bookkeeping the built-in metrics read (R31–R37).
import type { FieldValue } from './condition';
import type { StatusCategory } from './definitionSchema';
import type { CaseEvent } from './slaCaseSchema';
import { TicketFields } from './ticketFields';

export interface TicketFacts {
  fields: TicketFields;
  status: StatusCategory;
  createdAt: number;
  firstResponseAt: number | null;
  lastResponseAt: number | null;
  /** The oldest customer message not answered yet (R32). */
  unansweredSince: number | null;
  /** The last move out of solved/closed (R30). */
  reopenedAt: number | null;
  /** When the solved status was entered, while it lasts. */
  solvedAt: number | null;
  groupSince: number | null;
  /** Whether the ticket is a major incident (R48: the field `FactsOptions.majorField` is true). */
  major: boolean;
}

/** One event as seen by the definitions: facts before and after, and what kind of step it was. */
export interface FactsStep {
  at: number;
  type: CaseEvent['type'];
  before: TicketFacts | null;
  after: TicketFacts;
  /** A qualifying agent response (R31: public, on a qualifying channel). */
  response: boolean;
  customerMessage: boolean;
  reopened: boolean;
}

export interface FactsOptions {
  statusOf: (raw: FieldValue) => StatusCategory;
  qualifyingChannels?: readonly string[] | undefined;
  agentCreatedCommentQualifies?: boolean | undefined;
  /** The field that flags a major incident (R48); none: never major. */
  majorField?: string | null | undefined;
}

export const isDone = (s: StatusCategory) => s === 'solved' || s === 'closed' || s === 'merged';

/**
 * Applies one case event (its `at` already read as ms) to the facts.
 * @example foldTicketFacts(null, { at: 0, type: 'created', set: { status: 'new' } }, 0, options)
 */
export function foldTicketFacts(
  before: TicketFacts | null,
  event: CaseEvent,
  at: number,
  options: FactsOptions,
): FactsStep {
  // The fields object is shared between steps when an event sets nothing (facts are never mutated).
  let fields = before ? before.fields : TicketFields.none;
  if (event.set) fields = fields.with(event.set);
  if (!before && fields.get('status') === undefined) fields = fields.with({ status: 'new' });
  const status = options.statusOf(fields.get('status') ?? null);
  const prev: TicketFacts = before ?? {
    fields: TicketFields.none,
    status,
    createdAt: at,
    firstResponseAt: null,
    lastResponseAt: null,
    unansweredSince: null,
    reopenedAt: null,
    solvedAt: null,
    groupSince: null,
    major: false,
  };
  const channel = event.channel ?? 'reply';
  const response =
    (event.type === 'agent_reply' &&
      event.public !== false &&
      (!options.qualifyingChannels || options.qualifyingChannels.includes(channel))) ||
    (event.type === 'created' &&
      event.by === 'agent' &&
      options.agentCreatedCommentQualifies === true);
  const customerMessage =
    event.type === 'customer_message' || (event.type === 'created' && event.by !== 'agent');
  const reopened = before !== null && isDone(before.status) && !isDone(status);
  const group = fields.get('group') ?? null;
  const after: TicketFacts = {
    fields,
    status,
    createdAt: prev.createdAt,
    firstResponseAt: prev.firstResponseAt ?? (response ? at : null),
    lastResponseAt: response ? at : prev.lastResponseAt,
    unansweredSince: response
      ? null
      : customerMessage
        ? (prev.unansweredSince ?? at)
        : prev.unansweredSince,
    reopenedAt: reopened ? at : prev.reopenedAt,
    solvedAt: isDone(status) ? (before && isDone(before.status) ? prev.solvedAt : at) : null,
    groupSince:
      group === null
        ? null
        : group !== (before?.fields.get('group') ?? null)
          ? at
          : prev.groupSince,
    major: options.majorField ? fields.get(options.majorField) === true : false,
  };
  return { at, type: event.type, before, after, response, customerMessage, reopened };
}
