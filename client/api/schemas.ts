// Zod schemas of the hub's answers to reporter-side calls (docs/api.md, "Shapes"): what the
// client trusts only after parsing. Objects are not strict, so a newer hub may add fields.
import * as z from 'zod/mini';
import { classificationSchema } from '@tierdesk/core/model/classification';
import { prioritySchema, statusSchema, tierSchema } from '@tierdesk/core/model/enums';
import { slaDueSchema } from './formSchemas';

export * from './formSchemas';

export const intakeReceiptSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: statusSchema,
  category: z.string(),
  tier: tierSchema,
  priority: prioritySchema,
  classification: classificationSchema,
  due: slaDueSchema,
  reporterToken: z.string(),
  incident: z.nullable(z.object({ id: z.string(), major: z.boolean(), size: z.number() })),
});

export const knownIssueMatchSchema = z.object({
  id: z.string(),
  title: z.string(),
  workaround: z.string(),
  score: z.number(),
  matchedTerms: z.array(z.string()),
});

export const triagePreviewSchema = z.object({
  classification: classificationSchema,
  priority: prioritySchema,
  due: slaDueSchema,
  knownIssues: z.array(knownIssueMatchSchema),
});

export const knownIssueMatchesSchema = z.object({ items: z.array(knownIssueMatchSchema) });

export const reporterTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  summary: z.string(),
  status: statusSchema,
  priority: prioritySchema,
  due: slaDueSchema,
  updatedAt: z.string(),
  resolution: z.nullable(z.string()),
});

export const reporterTicketsSchema = z.object({ items: z.array(reporterTicketSchema) });

export const attachmentReceiptSchema = z.object({
  id: z.string(),
  kind: z.string(),
  contentType: z.string(),
  bytes: z.number(),
});

export type IntakeReceipt = z.infer<typeof intakeReceiptSchema>;
export type KnownIssueMatch = z.infer<typeof knownIssueMatchSchema>;
export type TriagePreview = z.infer<typeof triagePreviewSchema>;
export type ReporterTicket = z.infer<typeof reporterTicketSchema>;
export type AttachmentReceipt = z.infer<typeof attachmentReceiptSchema>;
