// SLA for the store: evaluates a ticket's timers, the queue columns that follow, and the
// threshold/breach events not yet recorded, from core's slaAlerts: recorded at `now`, never
// back-dated, a breach a change undid recorded as retracted (spec R25), and those crossed already
// when a timer attached recorded without notifying anyone (R28).
import type { NewTicketEvent, TicketEvent } from '@tierdesk/core';
import {
  evaluateTicketSla,
  nextSlaWakeUp,
  slaAlerts,
  type SlaConfig,
  type TicketSlaState,
} from '../domain/sla';
import type { QueueColumns } from '../store/hubStore';

export interface SlaAlertEvent {
  /** An sla_threshold / sla_breached event to append (without seq). */
  event: NewTicketEvent;
  /** Push it live and send it to webhooks; false for marked-at-attach alerts and retractions. */
  notify: boolean;
}

export interface SlaOutcome {
  state: TicketSlaState;
  columns: QueueColumns;
  alerts: SlaAlertEvent[];
}

/**
 * What the log already records in the current cycle (since the last reopen), as the state
 * slaAlerts compares against: the record, not an earlier evaluation, so a restart or a missed
 * check neither repeats nor loses an alert.
 */
export function recordedSlaState(
  events: readonly TicketEvent[],
  now: TicketSlaState,
): TicketSlaState {
  const thresholds = new Map<string, number[]>();
  const breaches = new Map<string, string>();
  for (const e of events) {
    if (e.type === 'reopened') {
      thresholds.clear();
      breaches.clear();
    } else if (e.type === 'sla_threshold') {
      thresholds.set(e.timer, [...(thresholds.get(e.timer) ?? []), e.percent]);
    } else if (e.type === 'sla_breached') {
      if (e.retracted) breaches.delete(e.timer);
      else breaches.set(e.timer, e.dueAt);
    }
  }
  return {
    ...now,
    timers: now.timers.map((t) => ({
      ...t,
      thresholdsCrossed: thresholds.get(t.id) ?? [],
      hasBreached: breaches.has(t.id),
      breachDueAt: breaches.get(t.id) ?? null,
    })),
  };
}

export function slaOutcome(
  events: readonly TicketEvent[],
  sla: SlaConfig,
  now: string,
): SlaOutcome {
  const state = evaluateTicketSla(events, sla, now);
  const actor = { kind: 'system' as const, id: 'sla-clock' };
  const alerts = slaAlerts(recordedSlaState(events, state), state).map((a): SlaAlertEvent => ({
    notify: a.notify,
    event:
      a.kind === 'breach'
        ? {
            type: 'sla_breached',
            at: now,
            actor,
            timer: a.timer,
            dueAt: a.dueAt ?? now,
            ...(a.retracted ? { retracted: true } : {}),
          }
        : { type: 'sla_threshold', at: now, actor, timer: a.timer, percent: a.percent },
  }));
  const wake = nextSlaWakeUp(state, now);
  return {
    state,
    alerts,
    columns: {
      nextDueAt: state.nextDueAt,
      nextDueTimer: state.nextDueTimer,
      slaPct: state.maxPct,
      breached: state.breached,
      paused: state.paused,
      slaWakeAt: wake === null ? null : Date.parse(wake),
      slaCheckedAt: now,
    },
  };
}
