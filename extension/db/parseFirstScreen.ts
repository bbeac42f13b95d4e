// The first screen's schema and its parse: what decides whether a stored first screen is trusted.
// Loaded after the popup's first paint (zod is not on the first path; peekFirstScreen is).
import * as z from 'zod/mini';
import { parseWith } from '@tierdesk/core/model/parse';
import { queueItemSchema } from '@tierdesk/client/agent/queueSchemas';

export const firstScreenSchema = z.object({
  /** Bumped when the shape changes; an older record is then ignored, never half-read. */
  v: z.literal(1),
  /** Agent the queue was fetched for (a new token starts clean). */
  agentId: z.string(),
  /** How many tickets the whole cache holds (the status line, before the rest is read). */
  total: z.number(),
  /** In SLA order; `pctAt`: when the hub computed the item's `slaPct` (epoch ms). */
  rows: z.array(z.object({ item: queueItemSchema, pctAt: z.number() })),
});

export type FirstScreen = z.infer<typeof firstScreenSchema>;

/** The stored record for this agent, or null (none, another agent's, an older shape). */
export function parseFirstScreen(raw: unknown, agentId: string): FirstScreen | null {
  if (raw === undefined) return null;
  const parsed = parseWith(firstScreenSchema, raw);
  return parsed.ok && parsed.value.agentId === agentId ? parsed.value : null;
}
