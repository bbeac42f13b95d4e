// The hub's view of a ticket's SLAs: evaluates its event log against the team's SLA config
// (compiled once per config object) and sums the timers up for the queue.
import type { TicketEvent } from '../../model/event';
import { compileSlaSetup, type CompiledSetup } from '../engine/compileSlaCase';
import { describeTimer, type TimerExplanation } from '../engine/describeTimer';
import { runSlaTimeline } from '../engine/runSlaTimeline';
import type { SlaConfig } from './slaConfigSchema';
import { ticketSlaEvents, tierdeskStatusMap } from './ticketSlaEvents';

export interface SlaTimer {
  /** `resolution` for the first cycle, `resolution#2` for the next (thresholds fire once per cycle). */
  id: string;
  definition: string;
  metric: string;
  label: string;
  cycle: number;
  stage: 'in_progress' | 'paused' | 'completed' | 'cancelled';
  startTime: string;
  dueAt: string | null;
  projectedDueAt: string | null;
  hasBreached: boolean;
  breachRecordedAt: string | null;
  /** The due instant the breach was judged against. */
  breachDueAt: string | null;
  /** False when the breach was only marked (attached already breached, R28). */
  breachNotified: boolean;
  businessPct: number;
  businessTimeLeftMs: number;
  thresholdsCrossed: number[];
  /** Crossed thresholds that notify (the rest were marked at attach, R28). */
  thresholdsNotified: number[];
  withinCalendarHours: boolean;
  /** The next instant this timer changes by time alone (threshold or breach). */
  nextChangeAt: string | null;
  explanation: TimerExplanation;
}

export interface TicketSlaState {
  timers: SlaTimer[];
  nextDueAt: string | null;
  nextDueTimer: string | null;
  breached: boolean;
  paused: boolean;
  maxPct: number | null;
}

const compiledSetups = new WeakMap<SlaConfig, CompiledSetup>();

/** The compiled form of a config, memoised per config object (the hub parses its config once). */
export function compiledSlaConfig(config: SlaConfig): CompiledSetup {
  let setup = compiledSetups.get(config);
  if (!setup) {
    setup = compileSlaSetup({ ...config, statusMap: tierdeskStatusMap });
    compiledSetups.set(config, setup);
  }
  return setup;
}

/**
 * Every SLA timer of a ticket at `now` from its event log (R51); `now` earlier than the last event
 * is read as the last event's time.
 * @example evaluateTicketSla(events, defaultSlaConfig, '2026-11-02T10:00:00.000Z').nextDueAt
 */
export function evaluateTicketSla(
  events: readonly TicketEvent[],
  config: SlaConfig,
  now: string,
): TicketSlaState {
  const setup = compiledSlaConfig(config);
  const caseEvents = ticketSlaEvents(events);
  if (caseEvents[0]?.type !== 'created') {
    return {
      timers: [],
      nextDueAt: null,
      nextDueTimer: null,
      breached: false,
      paused: false,
      maxPct: null,
    };
  }
  const timeline = caseEvents.map((event) => ({ event, at: Date.parse(event.at) }));
  const nowMs = Math.max(Date.parse(now), timeline[timeline.length - 1]!.at);
  const instances = runSlaTimeline(Object.assign({}, setup, { events: timeline, now: nowMs }));
  const timers: SlaTimer[] = instances.map((i) => {
    const t = describeTimer(i, nowMs, 'lazy');
    const breach = t.breaches.find((b) => !b.retracted);
    const timer = {
      id: t.cycle === 1 ? t.definition : `${t.definition}#${t.cycle}`,
      definition: t.definition,
      metric: t.metric,
      label: t.name,
      cycle: t.cycle,
      stage: t.stage as SlaTimer['stage'],
      startTime: t.startTime,
      dueAt: t.dueAt,
      projectedDueAt: t.projectedDueAt,
      hasBreached: t.hasBreached,
      breachRecordedAt: t.breachRecordedAt,
      breachDueAt: breach?.dueAt ?? null,
      breachNotified: breach?.notified ?? false,
      businessPct: t.businessPct,
      businessTimeLeftMs: t.businessTimeLeft * 1000,
      thresholdsCrossed: t.thresholdsCrossed,
      thresholdsNotified: t.thresholds.filter((x) => x.crossed && x.notified).map((x) => x.percent),
      withinCalendarHours: t.withinCalendarHours,
      nextChangeAt: t.nextChangeAt,
    } as SlaTimer;
    // Keep the explanation lazy: computed only when a ticket view reads or serialises it.
    Object.defineProperty(timer, 'explanation', { enumerable: true, get: () => t.explanation });
    return timer;
  });
  const running = timers.filter((t) => t.stage === 'in_progress' || t.stage === 'paused');
  let next: SlaTimer | null = null;
  for (const t of running)
    if (t.stage === 'in_progress' && t.dueAt && (!next || t.dueAt < next.dueAt!)) next = t;
  return {
    timers,
    nextDueAt: next?.dueAt ?? null,
    nextDueTimer: next?.definition ?? null,
    breached: running.some((t) => t.hasBreached),
    paused: running.some((t) => t.stage === 'paused'),
    maxPct: running.length ? Math.max(...running.map((t) => t.businessPct)) : null,
  };
}
