// The hub's view of a ticket's SLAs: evaluates its event log against the team's SLA config
// (compiled once per config object) and sums the timers up for the queue.
import type { TicketEvent } from '../../model/event';
import { compileSlaSetup, type CompiledSetup } from '../engine/compileSlaCase';
import { explainTimer, type TimerExplanation } from '../engine/describeTimer';
import {
  businessElapsed,
  currentBreach,
  dueAt,
  reachedAt,
  workingTimeFrom,
  thresholdInstants,
  type SlaInstance,
} from '../engine/slaInstance';
import { isoInstant, parseIsoInstant } from '../time/isoInstant';
import { isWorkingInstant } from '../time/nextWorkingInstant';
import { replaySlaLog } from '../engine/runSlaTimeline';
import type { SlaConfig } from './slaConfigSchema';
import { TicketReplayLog } from './ticketReplayLog';
import { tierdeskStatusMap } from './ticketSlaEvents';

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
  /**
   * Set when the timer's due instant lies past the horizon cap (R53: no working time within 5
   * years of its start, e.g. a calendar whose holidays cover everything). Its due, projected and
   * next-change instants are then null and it crosses nothing by time alone; the ticket's other
   * timers are evaluated as usual.
   */
  error?: string | null;
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

/** Instants as text; Infinity (past the horizon cap, R53) has none. */
const iso = (ms: number | null) => (ms === null || ms === Infinity ? null : isoInstant(ms));

/** The text of `ms`, taken from `due`'s when it is the same instant. */
function sameAs(ms: number | null, due: number | null, dueText: string | null): string | null {
  return ms === null || ms === Infinity ? null : ms === due ? dueText : isoInstant(ms);
}

/** 10000-01-01T00:00:00.000Z: before it, instants compare as their ISO text does. */
const FOUR_DIGIT_YEARS = 253_402_300_800_000;

/** Whether due instant `a` (text `aText`) comes before `b`: numbers, or the text out of range. */
function earlierDue(a: number, aText: string, b: number, bText: string): boolean {
  return a >= 0 && b >= 0 && a < FOUR_DIGIT_YEARS && b < FOUR_DIGIT_YEARS ? a < b : aText < bText;
}

/** The log's canonical text of instant `ms` (exactly what isoInstant would give), if it has one. */
function textOf(
  ms: number,
  instants: readonly number[],
  texts: readonly (string | null)[],
): string | null {
  for (let k = 0; k < instants.length; k++) if (instants[k] === ms) return texts[k]!;
  return null;
}

/**
 * A timer as the hub needs it, computed straight from the instance (the queue path must be
 * cheap); the explanation is built only when read or serialised (a ticket view).
 */
class HubTimer implements SlaTimer {
  id: string;
  definition: string;
  metric: string;
  label: string;
  cycle: number;
  stage: SlaTimer['stage'];
  startTime: string;
  dueAt: string | null;
  projectedDueAt: string | null;
  hasBreached: boolean;
  breachRecordedAt: string | null;
  breachDueAt: string | null;
  breachNotified: boolean;
  businessPct: number;
  businessTimeLeftMs: number;
  thresholdsCrossed: number[];
  thresholdsNotified: number[];
  withinCalendarHours: boolean;
  nextChangeAt: string | null;
  error: string | null;
  #instance: SlaInstance;
  #until: number;
  #explanation: TimerExplanation | undefined;

  constructor(
    i: SlaInstance,
    now: number,
    /** The log's instants, and their canonical text (null when not canonical). */
    instants: readonly number[],
    texts: readonly (string | null)[],
  ) {
    const running = i.stopTime === null;
    const paused = i.pausedSince !== null;
    const ref = i.stopTime ?? now;
    const elapsed = businessElapsed(i, ref);
    const left = i.targetMs - elapsed;
    const due = i.stage === 'cancelled' ? null : dueAt(i);
    const projected =
      i.stage === 'cancelled'
        ? null
        : !paused
          ? due
          : (i.fixedDue ?? (left > 0 ? workingTimeFrom(i, now, left) : reachedAt(i, 1)));
    const breach = currentBreach(i);
    let next = Infinity;
    if (running && !paused) {
      const plan = thresholdInstants(i);
      for (let k = 0; k < plan.percents.length; k++) {
        const at = plan.instants[k]!;
        if (at > now && at < next && !i.crossed.has(plan.percents[k]!)) next = at;
      }
      if (!breach && due !== null && due > now && due < next) next = due;
    }
    this.id = i.cycle === 1 ? i.def.id : `${i.def.id}#${i.cycle}`;
    this.definition = i.def.id;
    this.metric = i.def.metric;
    this.label = i.def.name;
    this.cycle = i.cycle;
    this.stage = i.stage;
    // The due instant's text is reused for the instants that are often the same one.
    const dueText = iso(due);
    this.startTime = textOf(i.startTime, instants, texts) ?? isoInstant(i.startTime);
    this.dueAt = dueText;
    this.projectedDueAt = sameAs(projected, due, dueText);
    this.hasBreached = breach !== null;
    this.breachRecordedAt = breach === null ? null : sameAs(breach.recordedAt, due, dueText);
    this.breachDueAt = breach === null ? null : sameAs(breach.dueAt, due, dueText);
    this.breachNotified = breach?.notify ?? false;
    this.businessPct =
      i.targetMs > 0 ? Math.floor((elapsed / i.targetMs) * 10000 + 1e-6) / 100 : 100;
    this.businessTimeLeftMs = left;
    this.thresholdsCrossed = [];
    this.thresholdsNotified = [];
    for (const p of i.def.thresholds) {
      const crossing = i.crossed.get(p);
      if (crossing === undefined) continue;
      this.thresholdsCrossed.push(p);
      if (crossing.notify) this.thresholdsNotified.push(p);
    }
    this.withinCalendarHours = running && isWorkingInstant(i.calendar, now);
    this.nextChangeAt = next === Infinity ? null : sameAs(next, due, dueText);
    this.error = i.error?.message ?? null;
    this.#instance = i;
    this.#until =
      running && projected !== null && projected > now && projected !== Infinity ? projected : ref;
  }

  get explanation(): TimerExplanation {
    return (this.#explanation ??= explainTimer(this.#instance, this.#until));
  }

  toJSON(): SlaTimer {
    return Object.assign({}, this, { explanation: this.explanation });
  }
}

const inOrder = (a: TicketEvent, b: TicketEvent) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq;

const compiledSetups = new WeakMap<SlaConfig, CompiledSetup>();
/** The last config asked for and its setup: the hub evaluates every ticket with one config. */
let lastConfig: SlaConfig | null = null;
let lastSetup: CompiledSetup | null = null;

/** The compiled form of a config, memoised per config object (the hub parses its config once). */
export function compiledSlaConfig(config: SlaConfig): CompiledSetup {
  if (config === lastConfig) return lastSetup!;
  let setup = compiledSetups.get(config);
  if (!setup) {
    setup = compileSlaSetup({ ...config, statusMap: tierdeskStatusMap });
    compiledSetups.set(config, setup);
  }
  lastConfig = config;
  lastSetup = setup;
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
  const asked = parseIsoInstant(now);
  // The log is read as it is replayed; one found out of order (seldom: the store keeps it in
  // order) is replayed again from a sorted copy.
  let log = new TicketReplayLog(events, true);
  let instances = replaySlaLog(setup, log, asked);
  if (log.outOfOrder) {
    log = new TicketReplayLog([...events].sort(inOrder), false);
    instances = replaySlaLog(setup, log, asked);
  }
  const { instants, texts } = log;
  if (log.noCreated || instants.length === 0) {
    return {
      timers: [],
      nextDueAt: null,
      nextDueTimer: null,
      breached: false,
      paused: false,
      maxPct: null,
    };
  }
  const nowMs = Math.max(asked, log.last);
  const timers: SlaTimer[] = new Array<SlaTimer>(instances.length);
  let next: SlaTimer | null = null;
  let nextDue = NaN;
  let breached = false;
  let paused = false;
  let maxPct: number | null = null;
  for (let k = 0; k < instances.length; k++) {
    const t = (timers[k] = new HubTimer(instances[k]!, nowMs, instants, texts));
    if (t.stage !== 'in_progress' && t.stage !== 'paused') continue;
    if (t.stage === 'in_progress' && t.dueAt) {
      const due = dueAt(instances[k]!)!;
      if (!next || earlierDue(due, t.dueAt, nextDue, next.dueAt!)) {
        next = t;
        nextDue = due;
      }
    }
    if (t.hasBreached) breached = true;
    if (t.stage === 'paused') paused = true;
    maxPct = maxPct === null ? t.businessPct : Math.max(maxPct, t.businessPct);
  }
  return {
    timers,
    nextDueAt: next?.dueAt ?? null,
    nextDueTimer: next?.definition ?? null,
    breached,
    paused,
    maxPct,
  };
}
