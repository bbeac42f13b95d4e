// The actions an agent sends to `POST /v1/tickets/:id/actions` (the `TicketAction` of docs/api.md),
// checked here before they leave so a missing reason or empty escalation note never costs a round trip.
import * as z from 'zod/mini';
import { prioritySchema, tierSchema } from '@tierdesk/core/model/enums';
import { slugSchema, text } from '@tierdesk/core/model/primitives';

const reason = text(2000, 1);

export const agentActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('acknowledge'), message: z.optional(text(10_000)) }),
  z.object({ type: z.literal('assign'), assignee: z.nullable(slugSchema) }),
  z.object({
    type: z.literal('reclassify'),
    category: slugSchema,
    tier: z.optional(tierSchema),
    reason,
  }),
  z.object({ type: z.literal('change_priority'), priority: prioritySchema, reason }),
  z.object({
    type: z.literal('comment'),
    body: text(10_000, 1),
    visibility: z.enum(['public', 'internal']),
  }),
  z.object({ type: z.literal('request_info'), question: text(10_000, 1) }),
  z.object({
    type: z.literal('escalate'),
    to: tierSchema,
    notes: z.string().check(z.trim(), z.minLength(1, 'notes: say what was already tried')),
    runbookSteps: z.optional(z.array(text(300)).check(z.maxLength(50))),
  }),
  z.object({ type: z.literal('runbook_step'), step: text(300, 1), done: z.boolean() }),
  z.object({
    type: z.literal('resolve'),
    resolution: text(10_000, 1),
    knownIssueId: z.optional(slugSchema),
  }),
  z.object({ type: z.literal('reopen'), reason }),
  z.object({ type: z.literal('close'), reason: z.optional(text(2000)) }),
]);

export type AgentAction = z.infer<typeof agentActionSchema>;
export type AgentActionType = AgentAction['type'];
