// The stored ticket: what the hub keeps, what agents see; a fold of its event log.
import * as z from 'zod/mini';
import { attachmentMetaSchema } from './attachment';
import { classificationSchema } from './classification';
import { pageContextSchema } from './context';
import { reporterSchema } from './draft';
import {
  impactSchema,
  prioritySchema,
  sourceSchema,
  statusSchema,
  tierSchema,
  urgencySchema,
} from './enums';
import { instantSchema, slugSchema, text, ticketNumberSchema, ulidSchema } from './primitives';

/** Version of the stored ticket shape; `migrateTicket` reads every older one. */
export const ticketSchemaVersion = 2;

export const ticketStateSchema = z.object({
  schemaVersion: z.literal(ticketSchemaVersion),
  id: ulidSchema,
  number: ticketNumberSchema,
  summary: text(200, 1),
  description: text(10_000),
  reporter: reporterSchema,
  app: z.object({
    id: slugSchema,
    name: text(128, 1),
    version: z.optional(text(64)),
    environment: z.optional(text(32)),
  }),
  source: sourceSchema,
  impact: impactSchema,
  urgency: urgencySchema,
  priority: prioritySchema,
  /** Set when an agent overrode the matrix: the reason is required (R47). */
  priorityOverride: z.optional(z.object({ priority: prioritySchema, reason: text(2000, 1) })),
  category: slugSchema,
  tier: tierSchema,
  classification: classificationSchema,
  status: statusSchema,
  assignee: z.nullable(slugSchema),
  context: z.optional(pageContextSchema),
  attachments: z.array(attachmentMetaSchema),
  incidentId: z.nullable(ulidSchema),
  majorIncident: z.boolean(),
  knownIssueId: z.nullable(slugSchema),
  resolution: z.nullable(text(10_000)),
  /** Runbook steps ticked so far: they open the escalation notes. */
  runbookDone: z.array(text(300)),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  firstRespondedAt: z.nullable(instantSchema),
  resolvedAt: z.nullable(instantSchema),
  closedAt: z.nullable(instantSchema),
});

export type Ticket = z.infer<typeof ticketStateSchema>;
