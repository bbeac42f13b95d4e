// SLA for the store: evaluates a ticket's timers, the queue columns that follow, and the
// threshold/breach events not yet recorded (recorded at `now`, never back-dated, spec R25).
import type { NewTicketEvent, TicketEvent } from '@tierdesk/core';
import {
  crossedThresholds,
  evaluateTicketSla,
  nextSlaWakeUp,
  type SlaConfig,
  type TicketSlaState,
} from '../domain/sla';
import type { QueueColumns } from '../store/hubStore';

export interface SlaOutcome {
  state: TicketSlaState;
  columns: QueueColumns;
  /** sla_threshold / sla_breached events to append (without seq). */
  alerts: NewTicketEvent[];
}

/** The thresholds already recorded in the current cycle (since the last reopen). */
function recorded(events: readonly TicketEvent[]): Set<string> {
  const seen = new Set<string>();
  for (const e of events) {
    if (e.type === 'reopened') seen.clear();
    if (e.type === 'sla_threshold') seen.add(`${e.timer}:${e.percent}`);
    if (e.type === 'sla_breached' && !e.retracted) seen.add(`${e.timer}:100`);
  }
  return seen;
}

export function slaOutcome(
  events: readonly TicketEvent[],
  sla: SlaConfig,
  now: string,
): SlaOutcome {
  const state = evaluateTicketSla(events, sla, now);
  const seen = recorded(events);
  const alerts: NewTicketEvent[] = [];
  const actor = { kind: 'system' as const, id: 'sla-clock' };
  for (const c of crossedThresholds(state)) {
    if (seen.has(`${c.timer}:${c.percent}`)) continue;
    alerts.push(
      c.percent >= 100
        ? { type: 'sla_breached', at: now, actor, timer: c.timer, dueAt: c.dueAt ?? now }
        : { type: 'sla_threshold', at: now, actor, timer: c.timer, percent: c.percent },
    );
  }
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
