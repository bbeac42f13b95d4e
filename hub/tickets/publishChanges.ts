// After a commit: pushes each changed ticket to the queue stream and its own stream, and sends
// the SLA alerts that notify live and to webhooks. Never called inside a transaction (a rollback pushes nothing).
import type { HubContext } from '../hubContext';
import type { TicketChange } from './recordTicketChange';
import { queueItem } from './queueItem';

export function publishChanges(ctx: HubContext, changes: readonly TicketChange[]): void {
  for (const change of changes) {
    ctx.live.publish('queue', 'ticket', queueItem(change.row));
    ctx.live.publish(`ticket:${change.ticket.id}`, 'ticket', {
      ticket: change.ticket,
      events: change.events,
    });
    for (const e of change.notify) {
      if (e.type !== 'sla_threshold' && e.type !== 'sla_breached') continue;
      const alert = {
        ticketId: change.ticket.id,
        number: change.ticket.number,
        timer: e.timer,
        kind: e.type === 'sla_breached' ? 'breach' : 'threshold',
        percent: e.type === 'sla_breached' ? 100 : e.percent,
      };
      ctx.live.publish('queue', 'sla', alert);
      ctx.notify(e.type === 'sla_breached' ? 'sla.breach' : 'sla.threshold', {
        ...alert,
        at: e.at,
        priority: change.ticket.priority,
        tier: change.ticket.tier,
        assignee: change.ticket.assignee,
      });
    }
  }
  if (changes.length > 0) {
    const wakes = changes
      .map((c) => c.record.queue.slaWakeAt)
      .filter((w): w is number => w !== null);
    ctx.slaChanged(wakes.length ? Math.min(...wakes) : null);
  }
}
