// A known issue: a documented problem with its symptoms and a workaround (the KEDB entry).
import * as z from 'zod/mini';
import { instantSchema, slugSchema, text } from './primitives';

export const knownIssueSchema = z.object({
  id: slugSchema,
  title: text(200, 3),
  /** What users see: the words the matcher compares with a draft. */
  symptoms: text(4000, 1),
  workaround: text(8000, 1),
  /** Limit to these apps; empty means every app. */
  apps: z.array(slugSchema).check(z.maxLength(50)),
  category: z.optional(slugSchema),
  status: z.enum(['open', 'fixed', 'retired']),
  /** Users who said the workaround solved their problem (no ticket created). */
  deflections: z.int().check(z.gte(0)),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export type KnownIssue = z.infer<typeof knownIssueSchema>;
