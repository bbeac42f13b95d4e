// The queue's shapes (docs/api.md: QueueItem and the stream's sla/incident events), apart from the
// ticket view's: the popup's first paint and the live stream parse these without the rest of core.
import * as z from 'zod/mini';
import { instantSchema } from '@tierdesk/core/model/primitives';
import { prioritySchema, statusSchema, tierSchema } from '@tierdesk/core/model/enums';

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

export type QueueItem = z.infer<typeof queueItemSchema>;
export type SlaStreamEvent = z.infer<typeof slaStreamEventSchema>;
export type IncidentStreamEvent = z.infer<typeof incidentStreamEventSchema>;
