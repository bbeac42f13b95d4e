// Shapes the hub answers agents with (docs/api.md "Shapes"), parsed at the edge into typed values.
import * as z from 'zod/mini';
import { instantSchema } from '@tierdesk/core/model/primitives';
import { knownIssueSchema } from '@tierdesk/core/model/knownIssue';
import { roleSchema } from '@tierdesk/core/model/enums';
import { ticketEventSchema } from '@tierdesk/core/model/event';
import { ticketStateSchema } from '@tierdesk/core/model/ticketState';
import { intakeReceiptSchema, knownIssueMatchSchema, triagePreviewSchema } from '../api/schemas';
import { queueItemSchema } from './queueSchemas';

// The reporter-side shapes agents see too are the reporter client's (one definition each).
export { intakeReceiptSchema, knownIssueMatchSchema, triagePreviewSchema };
// The queue's own shapes sit apart so the popup's first paint can parse them without the rest.
export * from './queueSchemas';

export const slaDueSchema = z.object({
  firstResponse: z.nullable(instantSchema),
  resolution: z.nullable(instantSchema),
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

export const hubErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
});

export type SlaDue = z.infer<typeof slaDueSchema>;
export type QueuePage = z.infer<typeof queuePageSchema>;
export type KnownIssueMatch = z.infer<typeof knownIssueMatchSchema>;
export type TicketView = z.infer<typeof ticketViewSchema>;
export type ActionResult = z.infer<typeof actionResultSchema>;
export type Me = z.infer<typeof meSchema>;
export type TriagePreview = z.infer<typeof triagePreviewSchema>;
export type IntakeReceipt = z.infer<typeof intakeReceiptSchema>;
