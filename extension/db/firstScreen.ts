// The popup's first screen: the soonest-due tickets, pre-sorted, in `storage.local` beside the
// settings, so opening the popup paints the queue after one storage read (no IndexedDB, no Dexie).
import * as z from 'zod/mini';
import { parseWith } from '@tierdesk/core/model/parse';
import { queueItemSchema, type QueueItem } from '@tierdesk/client/agent/queueSchemas';

export const firstScreenKey = 'tierdesk.firstScreen';

/**
 * Three screenfuls (the list shows 10 rows of 44 px, 16 with its overscan): every item here is
 * read, parsed and cloned before the first paint; the rest arrives from Dexie right after it.
 */
export const headSize = 32;

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

/** What writing needs of `browser.storage.local`. */
export interface FirstScreenArea {
  set(items: Record<string, unknown>): Promise<void>;
}

/** The record for a whole queue, given in SLA order (`sortQueue`): its first `headSize` items. */
export function firstScreenOf(
  sorted: readonly QueueItem[],
  pctAtOf: (id: string) => number,
  agentId: string,
): FirstScreen {
  const rows = sorted.slice(0, headSize).map((item) => ({ item, pctAt: pctAtOf(item.id) }));
  return { v: 1, agentId, total: sorted.length, rows };
}

export async function writeFirstScreen(area: FirstScreenArea, screen: FirstScreen): Promise<void> {
  await area.set({ [firstScreenKey]: screen });
}

/** The stored record for this agent, or null (none, another agent's, an older shape). */
export function parseFirstScreen(raw: unknown, agentId: string): FirstScreen | null {
  if (raw === undefined) return null;
  const parsed = parseWith(firstScreenSchema, raw);
  return parsed.ok && parsed.value.agentId === agentId ? parsed.value : null;
}
