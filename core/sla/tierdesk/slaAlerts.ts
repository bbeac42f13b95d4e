// What the hub's scheduler records as events: thresholds and breaches newly crossed between two
// evaluations (each once per cycle, R43), breaches a change undid (retracted, R25), and when to
// look again instead of polling.
import type { TicketSlaState } from './evaluateTicketSla';

export interface SlaAlert {
  kind: 'threshold' | 'breach';
  /** Timer id (`resolution`, `resolution#2`). */
  timer: string;
  percent: number;
  dueAt: string | null;
  /** A breach a later change undid: record `sla_breached` with `retracted: true`. */
  retracted: boolean;
  /** False for what was only marked (attached already breached, R28): record, do not notify. */
  notify: boolean;
}

/**
 * Alerts for what changed from `before` (null: nothing recorded yet) to `after`.
 * @example slaAlerts(previous, evaluateTicketSla(events, config, now))
 */
export function slaAlerts(before: TicketSlaState | null, after: TicketSlaState): SlaAlert[] {
  const alerts: SlaAlert[] = [];
  for (const t of after.timers) {
    const prev = before?.timers.find((b) => b.id === t.id);
    for (const percent of t.thresholdsCrossed) {
      if (percent >= 100 || prev?.thresholdsCrossed.includes(percent)) continue;
      alerts.push({
        kind: 'threshold',
        timer: t.id,
        percent,
        dueAt: t.dueAt,
        retracted: false,
        notify: t.thresholdsNotified.includes(percent),
      });
    }
    if (t.hasBreached && !prev?.hasBreached) {
      alerts.push({
        kind: 'breach',
        timer: t.id,
        percent: 100,
        dueAt: t.breachDueAt,
        retracted: false,
        notify: t.breachNotified,
      });
    } else if (!t.hasBreached && prev?.hasBreached) {
      alerts.push({
        kind: 'breach',
        timer: t.id,
        percent: 100,
        dueAt: prev.breachDueAt,
        retracted: true,
        notify: false,
      });
    }
  }
  return alerts;
}

/** Every threshold and breach crossed so far, for a store that dedupes by (timer, percent). */
export function crossedThresholds(
  state: TicketSlaState,
): { timer: string; percent: number; dueAt: string | null }[] {
  const out: { timer: string; percent: number; dueAt: string | null }[] = [];
  for (const t of state.timers) {
    for (const percent of t.thresholdsCrossed)
      if (percent < 100) out.push({ timer: t.id, percent, dueAt: t.dueAt });
    if (t.hasBreached) out.push({ timer: t.id, percent: 100, dueAt: t.breachDueAt });
  }
  return out;
}

/**
 * The next instant after `now` at which a threshold or a breach is reached, or null.
 * @example nextSlaWakeUp(state, '2026-11-02T10:00:00.000Z') // '2026-11-02T12:00:00.000Z'
 */
export function nextSlaWakeUp(state: TicketSlaState, now: string): string | null {
  let next: string | null = null;
  for (const t of state.timers) {
    if (t.nextChangeAt && t.nextChangeAt > now && (next === null || t.nextChangeAt < next))
      next = t.nextChangeAt;
  }
  return next;
}
