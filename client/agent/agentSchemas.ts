// Shapes the hub answers agents with (docs/api.md "Shapes"), parsed at the edge into typed values.
import * as z from 'zod/mini';
import { instantSchema } from '@tierdesk/core/model/primitives';
import { knownIssueSchema } from '@tierdesk/core/model/knownIssue';
import { prioritySchema, roleSchema, statusSchema, tierSchema } from '@tierdesk/core/model/enums';
import { ticketEventSchema } from '@tierdesk/core/model/event';
import { ticketStateSchema } from '@tierdesk/core/model/ticketState';
import { intakeReceiptSchema, knownIssueMatchSchema, triagePreviewSchema } from '../api/schemas';

// The reporter-side shapes agents see too are the reporter client's (one definition each).
export { intakeReceiptSchema, knownIssueMatchSchema, triagePreviewSchema };

export const slaDueSchema = z.object({
  firstResponse: z.nullable(instantSchema),
  resolution: z.nullable(instantSchema),
});

export const queueItemSchema = z.object({
  id: z.string(),
  number: z.string(),
  summary: z.string(),
  app: z.object({ id: z.string(), name: z.string() }),
  category: z.string(),
  tier: tierSchema,
  priority: prioritySchema,
  status: statusSchema,
  assignee: z.nullable(z.string()),
  reporterName: z.nullable(z.string()),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  nextDueAt: z.nullable(instantSchema),
  nextDueTimer: z.nullable(z.string()),
  slaPct: z.nullable(z.number()),
  breached: z.boolean(),
  paused: z.boolean(),
  incidentId: z.nullable(z.string()),
  majorIncident: z.boolean(),
  needsTriage: z.boolean(),
});

export const queuePageSchema = z.object({
  items: z.array(queueItemSchema),
  nextCursor: z.nullable(z.string()),
});

export const ticketViewSchema = z.object({
  ticket: ticketStateSchema,
  events: z.array(ticketEventSchema),
  /** `TicketSlaState` of core/sla; read loosely so a richer SLA state never hides the ticket. */
  sla: z.optional(z.unknown()),
  runbook: z.array(z.string()),
  knownIssues: z.array(knownIssueMatchSchema),
  incident: z.nullable(
    z.object({
      id: z.string(),
      major: z.boolean(),
      ticketIds: z.array(z.string()),
      reporters: z.number(),
    }),
  ),
  similar: z.array(queueItemSchema),
});

export const actionResultSchema = z.object({
  ticket: ticketStateSchema,
  events: z.array(ticketEventSchema),
});

export const meSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema });

export const knownIssueListSchema = z.object({ items: z.array(knownIssueSchema) });
export const knownIssueMatchListSchema = z.object({ items: z.array(knownIssueMatchSchema) });

/** `sla` events of the queue stream: a threshold crossed or a breach, as it happens. */
export const slaStreamEventSchema = z.object({
  ticketId: z.string(),
  number: z.string(),
  timer: z.string(),
  kind: z.enum(['threshold', 'breach']),
  percent: z.number(),
});

export const incidentStreamEventSchema = z.object({
  id: z.string(),
  appId: z.string(),
  major: z.boolean(),
  size: z.number(),
  ticketIds: z.array(z.string()),
});

export const hubErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
});

export type SlaDue = z.infer<typeof slaDueSchema>;
export type QueueItem = z.infer<typeof queueItemSchema>;
export type QueuePage = z.infer<typeof queuePageSchema>;
export type KnownIssueMatch = z.infer<typeof knownIssueMatchSchema>;
export type TicketView = z.infer<typeof ticketViewSchema>;
export type ActionResult = z.infer<typeof actionResultSchema>;
export type Me = z.infer<typeof meSchema>;
export type TriagePreview = z.infer<typeof triagePreviewSchema>;
export type IntakeReceipt = z.infer<typeof intakeReceiptSchema>;
export type SlaStreamEvent = z.infer<typeof slaStreamEventSchema>;
export type IncidentStreamEvent = z.infer<typeof incidentStreamEventSchema>;
