// Intake: a submitted draft, classified and numbered by the hub, becomes a `new` ticket whose
// `created` event carries the whole initial ticket (the start of every replay).
import type { Actor } from '../model/agent';
import type { Classification } from '../model/classification';
import type { TicketDraft } from '../model/draft';
import type { Priority } from '../model/enums';
import type { NewTicketEvent } from '../model/event';
import { ticketSchemaVersion, type Ticket } from '../model/ticketState';

export interface CreateTicketInput {
  draft: TicketDraft;
  /** The human number the hub gave it, e.g. `TD-1042`. */
  number: string;
  /** The app's display name from the configuration. */
  appName: string;
  classification: Classification;
  /** Usually `priorityFor(draft.impact, draft.urgency, config.priorityMatrix)`. */
  priority: Priority;
  /** The hub's receive time; the draft's `createdAt` is the client's clock and may be wrong. */
  now: string;
  actor: Actor;
}

/**
 * The new ticket and its `created` event. The draft is taken as given: the hub parses and redacts
 * it before this.
 * @example createTicket({ draft, number: 'TD-1042', appName: 'Payroll', classification, priority: 'P4', now, actor }).ticket.status // 'new'
 */
export function createTicket(input: CreateTicketInput): { ticket: Ticket; event: NewTicketEvent } {
  const { draft, classification, now } = input;
  const ticket: Ticket = {
    schemaVersion: ticketSchemaVersion,
    id: draft.id,
    number: input.number,
    summary: draft.summary,
    description: draft.description,
    reporter: { ...draft.reporter },
    app: {
      id: draft.app.id,
      name: input.appName,
      ...(draft.app.version === undefined ? {} : { version: draft.app.version }),
      ...(draft.app.environment === undefined ? {} : { environment: draft.app.environment }),
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
    ...(draft.context === undefined ? {} : { context: draft.context }),
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
