// The hub's answers that the open ticket form reads (docs/api.md, "Shapes"), in a module of
// their own: it imports no core schema with refinements, so the widget's dialog file carries
// only these few (schemas.ts re-exports them with the rest).
import * as z from 'zod/mini';
import { prioritySchema, tierSchema } from '@tierdesk/core/model/enums';

const due = z.nullable(z.string());

export const slaDueSchema = z.object({ firstResponse: due, resolution: due });

/**
 * The parts of a triage preview the open ticket form shows (category, tier, priority, due times,
 * known issues with their workaround). Parsing only these keeps the form's code small (the
 * widget's 30 KB budget) while every field it reads is still checked.
 */
export const previewSummarySchema = z.object({
  classification: z.object({
    category: z.string(),
    tier: tierSchema,
    needsTriage: z.boolean(),
  }),
  priority: prioritySchema,
  due: slaDueSchema,
  knownIssues: z.array(z.object({ id: z.string(), title: z.string(), workaround: z.string() })),
});

export const publicConfigSchema = z.object({
  app: z.object({
    id: z.string(),
    name: z.string(),
    maskSelectors: z.optional(z.array(z.string())),
  }),
  taxonomy: z.array(z.object({ id: z.string(), label: z.string(), tier: tierSchema })),
});

export const hubErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export type SlaDue = z.infer<typeof slaDueSchema>;
export type PreviewSummary = z.infer<typeof previewSummarySchema>;
export type PublicConfig = z.infer<typeof publicConfigSchema>;
