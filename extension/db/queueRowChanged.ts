// Whether a freshly fetched queue item differs from its cached row in a way the popup would show.
// `slaPct` moves every minute on its own; a cached row whose reading still extrapolates to the new
// figure (ui/triage/slaLevel) is unchanged, so a quiet queue's refresh writes nothing.
import type { QueueItem } from '@tierdesk/client/agent';
import { slaPctAt } from '@tierdesk/ui/triage/slaLevel';
import type { CachedQueueRow } from './extensionDb';

/** Percentage points the extrapolated and the fetched reading may differ by. */
export const pctTolerance = 1;

export function queueRowChanged(
  row: CachedQueueRow | undefined,
  item: QueueItem,
  fetchedAt: number,
): boolean {
  if (!row) return true;
  const old = row.item;
  if (old.slaPct === null || item.slaPct === null) {
    if (old.slaPct !== item.slaPct) return true;
  } else {
    const predicted = slaPctAt(
      {
        dueAt: old.nextDueAt,
        pct: old.slaPct,
        pctAt: row.pctAt,
        breached: old.breached,
        paused: old.paused,
      },
      fetchedAt,
    );
    if (predicted === null || Math.abs(predicted - item.slaPct) > pctTolerance) return true;
  }
  return !sameExceptPct(old, item);
}

function sameExceptPct(a: QueueItem, b: QueueItem): boolean {
  for (const k of Object.keys(b) as (keyof QueueItem)[]) {
    if (k === 'slaPct') continue;
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    // The only nested field: `app`.
    if (typeof x === 'object' && typeof y === 'object' && x !== null && y !== null) {
      if (JSON.stringify(x) !== JSON.stringify(y)) return false;
      continue;
    }
    return false;
  }
  return Object.keys(a).length === Object.keys(b).length;
}
