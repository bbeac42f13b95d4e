// Test fixtures: a seeded random Tierdesk event log (every kind of event that bears on SLAs,
// at random gaps from none to weeks), for the golden differential check of the SLA engine.
import type { TicketEvent } from '../../model/event';
import type { Priority, Status, Tier } from '../../model/enums';
import { ticketLog } from './ticketLog';

const H = 3_600_000;
const priorities: Priority[] = ['P1', 'P2', 'P3', 'P4', 'P5'];
const tiers: Tier[] = ['L1', 'L2', 'L3'];

/** A gap before the next event: often none or minutes, sometimes hours or days. */
function gap(random: () => number): number {
  const r = random();
  if (r < 0.2) return 0;
  if (r < 0.5) return Math.floor(random() * 90) * 60_000 + Math.floor(random() * 60) * 1000;
  if (r < 0.85) return Math.floor(random() * 30 * 60) * 60_000;
  return Math.floor(random() * 14 * 24) * H + Math.floor(random() * 60) * 60_000;
}

/**
 * A ticket created at a random minute of 2025–2027 (so DST changes and holidays fall inside),
 * followed by `3..40` random events in time order.
 */
export function randomTicketLog(random: () => number): TicketEvent[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  let t =
    Date.parse('2025-01-01T00:00:00.000Z') + Math.floor(random() * 2.5 * 365 * 24 * 60) * 60_000;
  const at = () => new Date((t += gap(random))).toISOString();
  const opened = pick(priorities);
  let priority = opened;
  let tier = pick(tiers);
  let status = 'new' as Status;
  const created = new Date(t).toISOString();
  const steps: ({ at: string } & Record<string, unknown>)[] = [];
  const move = (to: Status) => {
    if (to !== status) steps.push({ at: at(), type: 'status_changed', from: status, to });
    status = to;
  };
  const count = 3 + Math.floor(random() * 38);
  for (let k = 0; k < count; k++) {
    const r = random();
    if (r < 0.08) {
      steps.push({ at: at(), type: 'triaged', category: pick(['access', 'app_defect']), tier });
      if (status === 'new') move('triaged');
    } else if (r < 0.18) steps.push({ at: at(), type: 'acknowledged' });
    else if (r < 0.3)
      steps.push({
        at: at(),
        type: 'commented',
        body: 'note',
        visibility: random() < 0.6 ? 'public' : 'internal',
        ...(random() < 0.3 ? { actor: { kind: 'reporter' } } : {}),
      });
    else if (r < 0.4) {
      steps.push({ at: at(), type: 'info_requested', question: 'Which browser?' });
      move('waiting_on_user');
    } else if (r < 0.5) {
      steps.push({ at: at(), type: 'user_replied', body: 'Firefox' });
      if (status === 'waiting_on_user') move('in_progress');
    } else if (r < 0.58) {
      const to = pick(priorities);
      steps.push({ at: at(), type: 'priority_changed', from: priority, to, reason: 'impact' });
      priority = to;
    } else if (r < 0.66) {
      const to = pick(tiers);
      steps.push({ at: at(), type: 'escalated', from: tier, to, notes: 'tried the runbook' });
      tier = to;
    } else if (r < 0.7) steps.push({ at: at(), type: 'assigned', assignee: pick(['sam', null]) });
    else if (r < 0.74)
      steps.push({
        at: at(),
        type: 'incident_linked',
        incidentId: '01JD8Z5Q9X7YB3C4D5E6F7G8H9',
        major: random() < 0.6,
      });
    else if (r < 0.82) {
      steps.push({ at: at(), type: 'resolved', resolution: 'fixed' });
      move('resolved');
    } else if (r < 0.88) {
      if (status === 'resolved' || status === 'closed') {
        steps.push({ at: at(), type: 'reopened', reason: 'still broken' });
        move('in_progress');
      } else move(pick(['in_progress', 'waiting_on_user', 'triaged'] as Status[]));
    } else if (r < 0.91) {
      steps.push({ at: at(), type: 'closed' });
      move('closed');
    } else if (r < 0.94)
      steps.push({
        at: at(),
        type: 'reclassified',
        from: { category: 'app_defect', tier },
        to: { category: 'access', tier: (tier = pick(tiers)) },
        reason: 'misfiled',
      });
    else move(pick(['in_progress', 'waiting_on_user', 'resolved', 'triaged'] as Status[]));
  }
  return ticketLog({ at: created, priority: opened }, steps);
}
