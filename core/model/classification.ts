// What the classifier decided and why: the reasons an L1 agent sees.
import * as z from 'zod/mini';
import { tierSchema } from './enums';
import { slugSchema, text } from './primitives';

export const reasonSchema = z.object({
  /** Which signal spoke: the text model, a keyword rule, the captured context, the scope. */
  source: z.enum(['text', 'rule', 'context', 'scope', 'impact', 'agent']),
  detail: text(300),
  /** How strongly it pushed towards the chosen category (model weight or rule strength). */
  weight: z.number(),
});

export const classificationSchema = z.object({
  category: slugSchema,
  tier: tierSchema,
  /** Calibrated probability that the category is right, 0…1. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
  /** Below the confidence threshold: L1 triages instead of trusting a guess. */
  needsTriage: z.boolean(),
  reasons: z.array(reasonSchema).check(z.maxLength(20)),
  modelVersion: z.optional(text(64)),
});

export type Reason = z.infer<typeof reasonSchema>;
export type Classification = z.infer<typeof classificationSchema>;
