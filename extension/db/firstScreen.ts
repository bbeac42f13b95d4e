// The popup's first screen: the soonest-due tickets, pre-sorted, in `storage.local` beside the
// settings, so opening the popup paints the queue after one storage read (no IndexedDB, no Dexie).
// No zod here: the popup's first path imports this module; the schema is in parseFirstScreen.ts.
import type { QueueItem } from '@tierdesk/client/agent/queueSchemas';
import type { FirstScreen } from './parseFirstScreen';

export type { FirstScreen } from './parseFirstScreen';

export const firstScreenKey = 'tierdesk.firstScreen';

/**
 * The rows the list holds before the whole cache is read: 10 in view (44 px rows in 440 px) and
 * its overscan of 6. Every item here is read from storage before the first paint; the rest arrives
 * from Dexie right after it. 16 rather than 32: the storage read at popup open took 13/15 ms
 * instead of 23/18 ms (medians, two A/B runs of 23 rounds at load 4–7), 6–8 ms off the paint.
 */
export const headSize = 16;

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
