// Which queue items are "mine" for the badge and alerts: my tier's (L1/L2/L3 agents), or every
// tier for leads and admins, who watch the whole desk.
import type { Role } from '@tierdesk/core/model/enums';
import type { QueueItem } from '@tierdesk/client/agent';

export function inMyTier(item: QueueItem, role: Role): boolean {
  return role === 'lead' || role === 'admin' ? true : item.tier === role;
}

/** The badge: tickets in my tier at ≥ 75 % of an SLA (breaches included). */
export function urgentCount(items: readonly QueueItem[], role: Role): number {
  let n = 0;
  for (const item of items)
    if (inMyTier(item, role) && !item.paused && (item.breached || (item.slaPct ?? 0) >= 75)) n++;
  return n;
}

/** Badge text: empty at zero (no badge), capped so it fits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
