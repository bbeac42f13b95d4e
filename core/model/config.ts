// Team configuration shared by every part: apps, taxonomy (with L1 runbooks), priority matrix.
import * as z from 'zod/mini';
import { impactSchema, prioritySchema, tierSchema, urgencySchema } from './enums';
import { slugSchema, text } from './primitives';

export const appConfigSchema = z.strictObject({
  id: slugSchema,
  name: text(128, 1),
  /** Public intake keys (`pk_…`) the widget of this app sends; each bound to the origins below. */
  intakeKeys: z
    .array(
      z.string().check(z.regex(/^pk_[A-Za-z0-9_-]{8,128}$/, 'expected an intake key like pk_…')),
    )
    .check(z.minLength(1, 'an app needs at least one intake key')),
  /** Origins allowed to submit with those keys, e.g. `https://payroll.internal.example`. */
  allowedOrigins: z.array(
    z
      .string()
      .check(
        z.regex(
          /^(https?:\/\/[^/\s]+|chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36}|\*)$/,
          'expected an origin like https://app.example (no path)',
        ),
      ),
  ),
  /** The app's own API prefix: a 5xx from it points at the application or its servers. */
  apiPrefixes: z.optional(z.array(text(512, 1))),
  /** Extra CSS selectors the widget blanks in screenshots for this app. */
  maskSelectors: z.optional(z.array(text(256, 1))),
});

export const categoryConfigSchema = z.strictObject({
  id: slugSchema,
  label: text(80, 1),
  tier: tierSchema,
  /** L1 checklist of standard steps; ticked steps open the escalation notes. */
  runbook: z.array(text(300, 1)).check(z.maxLength(30)),
  /** Keyword rules: phrases that point at this category (the classifier's rules). */
  keywords: z.optional(z.array(text(80, 1)).check(z.maxLength(100))),
});

/** Impact and urgency levels 1 (high) … 3 (low), then the 3×3 lookup (R47). */
export const priorityMatrixSchema = z.strictObject({
  impactLevel: z.record(impactSchema, z.union([z.literal(1), z.literal(2), z.literal(3)])),
  urgencyLevel: z.record(urgencySchema, z.union([z.literal(1), z.literal(2), z.literal(3)])),
  /** `matrix[impactLevel-1][urgencyLevel-1]`. */
  matrix: z.tuple([
    z.tuple([prioritySchema, prioritySchema, prioritySchema]),
    z.tuple([prioritySchema, prioritySchema, prioritySchema]),
    z.tuple([prioritySchema, prioritySchema, prioritySchema]),
  ]),
});

export const workflowConfigSchema = z.strictObject({
  /** A resolved ticket may be reopened within this many days of its resolution. */
  reopenWindowDays: z.number().check(z.gte(0), z.lte(365)),
  /** Below this confidence the classifier answers "needs triage" at L1. */
  confidenceThreshold: z.number().check(z.gte(0), z.lte(1)),
  /** Escalation notes must be at least this long, and contain words. */
  minEscalationNotes: z.int().check(z.gte(1), z.lte(1000)),
});

export const tierdeskConfigSchema = z.strictObject({
  apps: z.array(appConfigSchema),
  taxonomy: z
    .array(categoryConfigSchema)
    .check(z.minLength(1, 'the taxonomy needs at least one category')),
  priorityMatrix: priorityMatrixSchema,
  workflow: workflowConfigSchema,
});

export type AppConfig = z.infer<typeof appConfigSchema>;
export type CategoryConfig = z.infer<typeof categoryConfigSchema>;
export type PriorityMatrix = z.infer<typeof priorityMatrixSchema>;
export type WorkflowConfig = z.infer<typeof workflowConfigSchema>;
export type TierdeskConfig = z.infer<typeof tierdeskConfigSchema>;
