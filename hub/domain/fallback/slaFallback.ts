// Stand-in for core/sla until it lands: 24×7 wall-clock timers for first response and resolution,
// targets per priority (DESIGN.md defaults), resolution paused while waiting on the user.
import { prioritySchema, type Priority, type TicketEvent } from '@tierdesk/core';
import * as z from 'zod/mini';

const minutes = z.int().check(z.positive());
export const slaConfigSchema = z.strictObject({
  targets: z.record(
    prioritySchema,
    z.strictObject({ firstResponseMinutes: minutes, resolutionMinutes: minutes }),
  ),
  thresholds: z.array(z.number().check(z.gt(0), z.lte(100))),
});
export type SlaConfig = z.infer<typeof slaConfigSchema>;

const hour = 60;
export const defaultSlaConfig: SlaConfig = {
  targets: {
    P1: { firstResponseMinutes: 15, resolutionMinutes: 4 * hour },
    P2: { firstResponseMinutes: hour, resolutionMinutes: 8 * hour },
    P3: { firstResponseMinutes: 4 * hour, resolutionMinutes: 3 * 24 * hour },
    P4: { firstResponseMinutes: 24 * hour, resolutionMinutes: 5 * 24 * hour },
    P5: { firstResponseMinutes: 5 * 24 * hour, resolutionMinutes: 30 * 24 * hour },
  },
  thresholds: [50, 75, 100],
};

export interface SlaTimerState {
  timer: 'first_response' | 'resolution';
  startedAt: string;
  targetMs: number;
  elapsedMs: number;
  /** null while paused or stopped. */
  dueAt: string | null;
  stoppedAt: string | null;
  paused: boolean;
  breached: boolean;
  pct: number;
  /** Instants at which each threshold percent is reached (running timers only). */
  thresholdsAt: Array<{ percent: number; at: string }>;
  thresholds: number[];
}

export interface TicketSlaState {
  timers: SlaTimerState[];
  nextDueAt: string | null;
  nextDueTimer: string | null;
  breached: boolean;
  paused: boolean;
  maxPct: number | null;
}

interface Clock {
  elapsed: number;
  since: number | null;
  stoppedAt: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Every timer of a ticket from its event log at `now` (24×7 real time). */
export function evaluateTicketSla(
  events: readonly TicketEvent[],
  config: SlaConfig,
  now: string,
): TicketSlaState {
  const created = events.find((e) => e.type === 'created');
  if (!created || created.type !== 'created') return emptyState();
  let priority: Priority = created.ticket.priority;
  const start = Date.parse(created.at);
  const first: Clock = { elapsed: 0, since: start, stoppedAt: null };
  const resolution: Clock = { elapsed: 0, since: start, stoppedAt: null };
  const halt = (c: Clock, at: number, stop: boolean) => {
    if (c.since !== null) c.elapsed += Math.max(0, at - c.since);
    c.since = null;
    if (stop) c.stoppedAt = at;
  };
  const run = (c: Clock, at: number) => {
    if (c.since === null) c.since = at;
    c.stoppedAt = null;
  };
  for (const e of events) {
    const at = Date.parse(e.at);
    if (e.type === 'priority_changed') priority = e.to;
    if (e.type === 'acknowledged' && first.stoppedAt === null) halt(first, at, true);
    if (e.type === 'resolved' || e.type === 'closed') {
      if (first.stoppedAt === null) halt(first, at, true);
      halt(resolution, at, true);
    }
    if (e.type === 'reopened') run(resolution, at);
    if (e.type === 'status_changed' && e.to === 'waiting_on_user') halt(resolution, at, false);
    if (e.type === 'status_changed' && e.from === 'waiting_on_user' && e.to !== 'resolved') {
      if (e.to !== 'closed') run(resolution, at);
    }
  }
  const target = config.targets[priority];
  const nowMs = Date.parse(now);
  const timers = [
    timerState('first_response', first, start, target.firstResponseMinutes, nowMs, config),
    timerState('resolution', resolution, start, target.resolutionMinutes, nowMs, config),
  ];
  const running = timers.filter((t) => t.dueAt !== null);
  running.sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
  const open = timers.filter((t) => t.stoppedAt === null);
  return {
    timers,
    nextDueAt: running[0]?.dueAt ?? null,
    nextDueTimer: running[0]?.timer ?? null,
    breached: timers.some((t) => t.breached),
    paused: open.some((t) => t.paused),
    maxPct: open.length ? Math.max(...open.map((t) => t.pct)) : null,
  };
}

function timerState(
  timer: SlaTimerState['timer'],
  clock: Clock,
  start: number,
  targetMinutes: number,
  now: number,
  config: SlaConfig,
): SlaTimerState {
  const targetMs = targetMinutes * 60_000;
  const elapsedMs = clock.elapsed + (clock.since !== null ? Math.max(0, now - clock.since) : 0);
  const dueMs = clock.since !== null ? clock.since + (targetMs - clock.elapsed) : null;
  return {
    timer,
    startedAt: iso(start),
    targetMs,
    elapsedMs,
    dueAt: dueMs === null ? null : iso(dueMs),
    stoppedAt: clock.stoppedAt === null ? null : iso(clock.stoppedAt),
    paused: clock.since === null && clock.stoppedAt === null,
    breached: elapsedMs >= targetMs,
    pct: Math.round((elapsedMs / targetMs) * 1000) / 10,
    thresholds: config.thresholds,
    thresholdsAt:
      clock.since === null
        ? []
        : config.thresholds.map((percent) => ({
            percent,
            at: iso(clock.since! + (targetMs * percent) / 100 - clock.elapsed),
          })),
  };
}

function emptyState(): TicketSlaState {
  return {
    timers: [],
    nextDueAt: null,
    nextDueTimer: null,
    breached: false,
    paused: false,
    maxPct: null,
  };
}

/** The due instants a ticket of `priority` created at `at` would get. */
export function previewSlaDue(
  priority: Priority,
  at: string,
  config: SlaConfig,
): { firstResponse: string | null; resolution: string | null } {
  const t = config.targets[priority];
  const start = Date.parse(at);
  return {
    firstResponse: iso(start + t.firstResponseMinutes * 60_000),
    resolution: iso(start + t.resolutionMinutes * 60_000),
  };
}

/** The next instant after `now` at which a threshold or a due time is reached, or null. */
export function nextSlaWakeUp(state: TicketSlaState, now: string): string | null {
  const nowMs = Date.parse(now);
  let next: number | null = null;
  for (const t of state.timers) {
    for (const th of t.thresholdsAt) {
      const at = Date.parse(th.at);
      if (at > nowMs && (next === null || at < next)) next = at;
    }
  }
  return next === null ? null : iso(next);
}

export interface SlaAlert {
  timer: string;
  kind: 'threshold' | 'breach';
  percent: number;
  dueAt: string | null;
}

/** The thresholds and breaches crossed going from `before` to `after` (same ticket, later). */
export function slaAlerts(before: TicketSlaState, after: TicketSlaState): SlaAlert[] {
  const alerts: SlaAlert[] = [];
  for (const t of after.timers) {
    const prev = before.timers.find((b) => b.timer === t.timer);
    const was = prev?.pct ?? 0;
    for (const percent of t.thresholds.includes(100) ? t.thresholds : [...t.thresholds, 100]) {
      if (was < percent && t.pct >= percent) {
        alerts.push({
          timer: t.timer,
          kind: percent >= 100 ? 'breach' : 'threshold',
          percent,
          dueAt: t.dueAt ?? prev?.dueAt ?? null,
        });
      }
    }
  }
  return alerts;
}

/** Thresholds each timer has reached by the state's instant (exact: elapsed × 100 ≥ p × target). */
export function crossedThresholds(
  state: TicketSlaState,
): Array<{ timer: string; percent: number; dueAt: string | null }> {
  const out: Array<{ timer: string; percent: number; dueAt: string | null }> = [];
  for (const t of state.timers) {
    const all = t.thresholds.includes(100) ? t.thresholds : [...t.thresholds, 100];
    for (const percent of all) {
      if (t.elapsedMs * 100 >= percent * t.targetMs) {
        const due = new Date(Date.parse(t.startedAt) + t.targetMs).toISOString();
        out.push({ timer: t.timer, percent, dueAt: t.dueAt ?? due });
      }
    }
  }
  return out;
}
