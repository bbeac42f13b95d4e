// The ticket's append-only event log: one variant per kind; replaying it rebuilds the ticket.
import * as z from 'zod/mini';
import { actorSchema } from './agent';
import { attachmentMetaSchema } from './attachment';
import { classificationSchema } from './classification';
import { impactSchema, prioritySchema, statusSchema, tierSchema, urgencySchema } from './enums';
import { instantSchema, slugSchema, text, ulidSchema } from './primitives';
import { ticketStateSchema } from './ticketState';

const base = {
  /** Position in the ticket's log, from 1; replay order. */
  seq: z.int().check(z.positive()),
  at: instantSchema,
  actor: actorSchema,
};

const reason = text(2000, 1);

export const ticketEventSchema = z.discriminatedUnion('type', [
  /** The ticket as it was created (intake): the replay starts here. */
  z.object({ ...base, type: z.literal('created'), ticket: ticketStateSchema }),
  z.object({
    ...base,
    type: z.literal('triaged'),
    category: slugSchema,
    tier: tierSchema,
    classification: z.optional(classificationSchema),
  }),
  z.object({
    ...base,
    type: z.literal('reclassified'),
    from: z.object({ category: slugSchema, tier: tierSchema }),
    to: z.object({ category: slugSchema, tier: tierSchema }),
    reason,
  }),
  z.object({
    ...base,
    type: z.literal('priority_changed'),
    from: prioritySchema,
    to: prioritySchema,
    impact: z.optional(impactSchema),
    urgency: z.optional(urgencySchema),
    /** An override of the matrix needs a reason (R47); a recomputation names its cause. */
    reason,
    /** True when `to` overrides the matrix (kept on the ticket as `priorityOverride`). */
    override: z.optional(z.boolean()),
  }),
  z.object({ ...base, type: z.literal('assigned'), assignee: z.nullable(slugSchema) }),
  /** The first response to the reporter (stops FIRST_RESPONSE). */
  z.object({ ...base, type: z.literal('acknowledged'), message: z.optional(text(10_000)) }),
  z.object({
    ...base,
    type: z.literal('commented'),
    body: text(10_000, 1),
    visibility: z.enum(['public', 'internal']),
  }),
  z.object({ ...base, type: z.literal('info_requested'), question: text(10_000, 1) }),
  z.object({ ...base, type: z.literal('user_replied'), body: text(10_000, 1) }),
  z.object({
    ...base,
    type: z.literal('escalated'),
    from: tierSchema,
    to: tierSchema,
    /** What was already tried: required, and must say something (DESIGN.md, Workflow). */
    notes: text(10_000, 1),
    runbookSteps: z.optional(z.array(text(300)).check(z.maxLength(50))),
  }),
  z.object({ ...base, type: z.literal('runbook_step'), step: text(300, 1), done: z.boolean() }),
  z.object({
    ...base,
    type: z.literal('resolved'),
    resolution: text(10_000, 1),
    knownIssueId: z.optional(slugSchema),
  }),
  z.object({ ...base, type: z.literal('reopened'), reason }),
  z.object({ ...base, type: z.literal('closed'), reason: z.optional(text(2000)) }),
  z.object({ ...base, type: z.literal('attachment_added'), attachment: attachmentMetaSchema }),
  z.object({
    ...base,
    type: z.literal('incident_linked'),
    incidentId: ulidSchema,
    major: z.boolean(),
  }),
  /** An SLA warning observed when it happened (no back-dating, R25). */
  z.object({
    ...base,
    type: z.literal('sla_threshold'),
    timer: text(64, 1),
    percent: z.number(),
  }),
  z.object({
    ...base,
    type: z.literal('sla_breached'),
    timer: text(64, 1),
    dueAt: instantSchema,
    retracted: z.optional(z.boolean()),
  }),
  z.object({ ...base, type: z.literal('status_changed'), from: statusSchema, to: statusSchema }),
]);

export type TicketEvent = z.infer<typeof ticketEventSchema>;
export type TicketEventType = TicketEvent['type'];
/** An event before the store gives it its place in the log. */
export type NewTicketEvent = TicketEvent extends infer E
  ? E extends TicketEvent
    ? Omit<E, 'seq'>
    : never
  : never;
