// The actions agents, reporters and the hub's automation take on a ticket (the body of
// `POST /v1/tickets/:id/actions`); `applyAction` turns one into events.
import * as z from 'zod/mini';
import { impactSchema, prioritySchema, tierSchema, urgencySchema } from '../model/enums';
import { slugSchema, text } from '../model/primitives';

/** Free text a person must actually write: not empty and not only spaces. */
function said(max: number) {
  return z.string().check(
    z.maxLength(max, `at most ${max} characters`),
    z.refine((s) => s.trim().length > 0, 'write something (not only spaces)'),
  );
}

const reason = said(2000);

export const ticketActionSchema = z.discriminatedUnion('type', [
  /** Set the category (and tier, by default the category's); on a `new` ticket this is triage. */
  z.strictObject({
    type: z.literal('reclassify'),
    category: slugSchema,
    tier: z.optional(tierSchema),
    reason,
  }),
  /** Change impact/urgency (priority follows the matrix) or override the priority (R47). */
  z.strictObject({
    type: z.literal('change_priority'),
    priority: z.optional(prioritySchema),
    impact: z.optional(impactSchema),
    urgency: z.optional(urgencySchema),
    reason,
  }),
  /** Give the ticket to an agent, or `null` to put it back in the tier's queue. */
  z.strictObject({ type: z.literal('assign'), assignee: z.nullable(slugSchema) }),
  /** The first response to the reporter. */
  z.strictObject({ type: z.literal('acknowledge'), message: z.optional(text(10_000)) }),
  z.strictObject({
    type: z.literal('comment'),
    body: said(10_000),
    visibility: z.enum(['public', 'internal']),
  }),
  /** Ask the reporter something: the ticket waits on them (resolution SLA paused). */
  z.strictObject({ type: z.literal('request_info'), question: said(10_000) }),
  z.strictObject({ type: z.literal('user_replied'), body: said(10_000) }),
  /** To a higher tier only, with notes of what was already tried. */
  z.strictObject({
    type: z.literal('escalate'),
    to: tierSchema,
    notes: said(10_000),
    runbookSteps: z.optional(z.array(text(300, 1)).check(z.maxLength(50))),
  }),
  /** Tick (or untick) a step of the category's L1 runbook. */
  z.strictObject({ type: z.literal('runbook_step'), step: text(300, 1), done: z.boolean() }),
  z.strictObject({
    type: z.literal('resolve'),
    resolution: said(10_000),
    knownIssueId: z.optional(slugSchema),
  }),
  z.strictObject({ type: z.literal('reopen'), reason }),
  z.strictObject({ type: z.literal('close'), reason: z.optional(text(2000)) }),
]);

export type TicketAction = z.infer<typeof ticketActionSchema>;
export type TicketActionType = TicketAction['type'];

/** Every action type, in the order the UI lists its buttons. */
export const ticketActionTypes: readonly TicketActionType[] = [
  'acknowledge',
  'reclassify',
  'change_priority',
  'assign',
  'comment',
  'request_info',
  'user_replied',
  'runbook_step',
  'escalate',
  'resolve',
  'reopen',
  'close',
];
