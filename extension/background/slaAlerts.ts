// Which SLA notifications to show: one when a ticket of my tier reaches 75 %, one when it
// breaches; each at most once (the keys already shown are remembered in the extension's DB).
import type { Role } from '@tierdesk/core/model/enums';
import type { QueueItem } from '@tierdesk/client/agent';
import { inMyTier } from './myTierTickets';

export interface SlaAlertNotice {
  key: string;
  ticketId: string;
  title: string;
  message: string;
}

export function slaAlerts(
  items: readonly QueueItem[],
  role: Role,
  alreadyShown: ReadonlySet<string>,
): SlaAlertNotice[] {
  const out: SlaAlertNotice[] = [];
  for (const item of items) {
    if (!inMyTier(item, role) || item.paused) continue;
    const timer = item.nextDueTimer ?? 'sla';
    const kind =
      item.breached || (item.slaPct ?? 0) >= 100
        ? 'breach'
        : (item.slaPct ?? 0) >= 75
          ? '75'
          : null;
    if (!kind) continue;
    const notice = slaNotice(item, timer, kind);
    if (!alreadyShown.has(notice.key)) out.push(notice);
  }
  return out;
}

/**
 * The notice for one ticket and timer at 75 % or at breach. The key is the same whether the
 * refresh or the live stream saw it first, so each is shown once.
 */
export function slaNotice(
  item: Pick<QueueItem, 'id' | 'number' | 'priority' | 'app' | 'summary'>,
  timer: string,
  kind: '75' | 'breach',
): SlaAlertNotice {
  const what = timer.replace(/_/g, ' ');
  return {
    key: `${item.id}:${timer}:${kind}`,
    ticketId: item.id,
    title:
      kind === 'breach'
        ? `${item.number} breached its ${what} SLA`
        : `${item.number} at 75 % of its ${what} SLA`,
    message: `${item.priority} · ${item.app.name}: ${item.summary}`,
  };
}
