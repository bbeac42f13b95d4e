// An instance as the JSON the engine returns (R15, R26, R51, R52): UTC instants, whole seconds,
// percentages to two decimals (truncated, so 100 % never shows before the breach, E29), and an
// explanation of the due time.
import { isoDateOfDay } from '../calendar/localDate';
import { addWorkingTime } from '../time/addWorkingTime';
import { isoInstant } from '../time/isoInstant';
import { forEachWorkingSpan } from '../time/forEachWorkingSpan';
import { isWorkingInstant, nextWorkingInstant } from '../time/nextWorkingInstant';
import { spansLength } from '../time/spans';
import { workingTime } from '../time/workingTime';
import { formatDuration } from './duration';
import {
  businessElapsed,
  currentBreach,
  dueAt,
  pausesUntil,
  reachedAt,
  thresholdPlan,
  type SlaInstance,
} from './slaInstance';

const iso = (ms: number | null) => (ms === null ? null : isoInstant(ms));
const pct = (part: number, whole: number) =>
  whole > 0 ? Math.floor((part / whole) * 10000 + 1e-6) / 100 : 100;
const seconds = (ms: number) => Math.floor(ms / 1000);
const secondsLeft = (ms: number) => Math.ceil(ms / 1000);

export interface TimerExplanation {
  target: string;
  source: string;
  calendar: string;
  workingIntervals: { from: string; to: string }[];
  moreIntervals: number;
  holidaysSkipped: string[];
  pauses: { from: string; to: string | null; businessSeconds: number }[];
  targetChanges: { at: string; from: string; to: string; mode: string }[];
  notes: string[];
}

export interface TimerResult {
  id: string;
  definition: string;
  name: string;
  type: string;
  metric: string;
  cycle: number;
  stage: string;
  hasBreached: boolean;
  breachRecordedAt: string | null;
  breaches: {
    recordedAt: string;
    dueAt: string;
    notified: boolean;
    retracted: boolean;
    retractedAt: string | null;
  }[];
  startTime: string;
  attachedAt: string;
  stopTime: string | null;
  stopReason: string | null;
  dueAt: string | null;
  projectedDueAt: string | null;
  originalDueAt: string | null;
  target: { seconds: number; text: string; kind: string };
  businessElapsed: number;
  actualElapsed: number;
  businessPauseDuration: number;
  pauseDuration: number;
  businessTimeLeft: number;
  actualTimeLeft: number | null;
  businessPct: number;
  actualPct: number;
  /** `notifyAt` differs from `at` only with `quietHours` (held to the next working instant, E9). */
  thresholds: {
    percent: number;
    at: string | null;
    notifyAt: string | null;
    crossed: boolean;
    notified: boolean;
  }[];
  thresholdsCrossed: number[];
  timeLeftWarning: string | null;
  escalations: { label: string; at: string | null; notifyAt: string | null }[];
  withinCalendarHours: boolean;
  calendar: string;
  timeZone: string;
  /** The next instant something about this timer changes by time alone (threshold or breach). */
  nextChangeAt: string | null;
  explanation?: TimerExplanation;
}

function targetText(i: SlaInstance): string {
  const t = i.goal.target;
  if (t.kind === 'duration') return `${formatDuration(t.ms / 1000)} of working time`;
  if (t.kind === 'businessDays')
    return `${t.days} business day${t.days > 1 ? 's' : ''}${t.endOfDay ? ', at end of day' : ', same local time'}`;
  return `due date from field '${t.field}'`;
}

/** The explanation of a timer's due time, up to `until` (R51). */
export function explainTimer(i: SlaInstance, until: number): TimerExplanation {
  const intervals: { from: string; to: string }[] = [];
  let more = 0;
  const pauses = pausesUntil(i, until);
  forEachWorkingSpan(i.calendar, i.startTime, until, pauses, (s, e) => {
    if (intervals.length < 20) intervals.push({ from: iso(s)!, to: iso(e)! });
    else more++;
    return false;
  });
  const holidays: string[] = [];
  if (!i.calendar.always) {
    const last = i.calendar.dayOf(Math.max(until - 1, i.startTime));
    for (let d = i.calendar.dayOf(i.startTime); d <= last && holidays.length < 50; d++) {
      const name = i.calendar.holidayOn(d);
      if (name) holidays.push(`${isoDateOfDay(d)} ${name}`);
    }
  }
  const pauseList: TimerExplanation['pauses'] = [];
  for (let k = 0; k < pauses.length; k += 2) {
    const open = i.pausedSince !== null && pauses[k + 1] === until && k === pauses.length - 2;
    pauseList.push({
      from: iso(pauses[k]!)!,
      to: open ? null : iso(pauses[k + 1]!),
      businessSeconds: seconds(workingTime(i.calendar, pauses[k]!, pauses[k + 1]!)),
    });
  }
  const notes = i.notes.map(String);
  if (!isWorkingInstant(i.calendar, i.startTime) && !i.calendar.always)
    notes.push(`started outside working hours: counting began at the next working instant (R10)`);
  const late = i.breaches.find((b) => b.recordedAt > b.dueAt);
  if (late)
    notes.push(
      `breach recorded at ${iso(late.recordedAt)}, when a change made it true; not back-dated to ${iso(late.dueAt)} (R25)`,
    );
  return {
    target: targetText(i),
    source: i.goal.source,
    calendar: i.calendar.always
      ? '24x7 (no calendar, holidays ignored)'
      : `${i.calendar.id} (${i.calendar.timeZone})`,
    workingIntervals: intervals,
    moreIntervals: more,
    holidaysSkipped: holidays,
    pauses: pauseList,
    targetChanges: i.targetChanges.map((c) => ({
      at: iso(c.at)!,
      from: c.from,
      to: c.to,
      mode: c.mode,
    })),
    notes,
  };
}

/**
 * Figures of an instance at `now` (a stopped one at its stop time).
 * @example describeTimer(instance, Date.parse('2025-06-02T12:00:00Z'), true).dueAt
 */
export function describeTimer(
  i: SlaInstance,
  now: number,
  withExplanation: boolean | 'lazy',
): TimerResult {
  const ref = i.stopTime ?? now;
  const running = i.stopTime === null;
  const elapsed = businessElapsed(i, ref);
  const pauses = pausesUntil(i, ref);
  const pauseMs = spansLength(pauses);
  const actual = Math.max(0, ref - i.startTime - pauseMs);
  let businessPause = 0;
  for (let k = 0; k < pauses.length; k += 2)
    businessPause += workingTime(i.calendar, pauses[k]!, pauses[k + 1]!);
  const left = i.targetMs - elapsed;
  const due = dueAt(i);
  const paused = i.pausedSince !== null;
  const projected = !paused
    ? due
    : i.fixedDue !== null
      ? i.fixedDue
      : left > 0
        ? addWorkingTime(i.calendar, now, left)
        : reachedAt(i, 1);
  const breach = currentBreach(i);
  const plan = thresholdPlan(i);
  // Decision 7 / E9: notifications fire at their instant unless the definition holds them to
  // working hours (quiet hours), then at the next working instant.
  const quiet = (at: number | null) =>
    at === null || !i.def.input.quietHours ? at : nextWorkingInstant(i.calendar, at);
  const thresholds = i.def.thresholds.map((p) => {
    const crossed = i.crossed.get(p);
    const at = crossed?.at ?? plan?.get(p) ?? null;
    return {
      percent: p,
      at: iso(at),
      notifyAt: iso(quiet(at)),
      crossed: !!crossed,
      notified: crossed?.notify ?? false,
    };
  });
  const warning = i.def.timeLeft.find((w) => left < w.ms);
  const live = running && !paused;
  const pending = live
    ? [
        ...[...(plan ?? [])].filter(([p]) => !i.crossed.has(p)).map(([, at]) => at),
        ...(due !== null && !breach ? [due] : []),
      ].filter((x) => x > now)
    : [];
  const result: TimerResult = {
    id: `${i.def.id}#${i.cycle}`,
    definition: i.def.id,
    name: i.def.name,
    type: i.def.type,
    metric: i.def.metric,
    cycle: i.cycle,
    stage: i.stage,
    hasBreached: breach !== null,
    breachRecordedAt: iso(breach?.recordedAt ?? null),
    breaches: i.breaches.map((b) => ({
      recordedAt: iso(b.recordedAt)!,
      dueAt: iso(b.dueAt)!,
      notified: b.notify,
      retracted: b.retracted,
      retractedAt: iso(b.retractedAt),
    })),
    startTime: iso(i.startTime)!,
    attachedAt: iso(i.attachedAt)!,
    stopTime: iso(i.stopTime),
    stopReason: i.stopReason,
    dueAt: iso(i.stopTime !== null && i.stage === 'cancelled' ? null : due),
    projectedDueAt: iso(i.stage === 'cancelled' ? null : projected),
    originalDueAt: iso(i.originalDueAt),
    target: { seconds: seconds(i.targetMs), text: targetText(i), kind: i.goal.target.kind },
    businessElapsed: seconds(elapsed),
    actualElapsed: seconds(actual),
    businessPauseDuration: seconds(businessPause),
    pauseDuration: seconds(pauseMs),
    businessTimeLeft: secondsLeft(left),
    actualTimeLeft: live && due !== null ? secondsLeft(due - now) : null,
    businessPct: pct(elapsed, i.targetMs),
    actualPct: pct(actual, i.targetMs),
    thresholds,
    thresholdsCrossed: thresholds.filter((t) => t.crossed).map((t) => t.percent),
    timeLeftWarning: breach
      ? 'breached'
      : i.def.timeLeft.length === 0
        ? null
        : (warning?.label ?? 'normal'),
    escalations: i.def.escalations.map((e) => {
      const at = live
        ? i.targetMs - e.ms > 0
          ? reachedAt(i, (i.targetMs - e.ms) / i.targetMs)
          : i.startTime
        : null;
      return { label: e.label, at: iso(at), notifyAt: iso(quiet(at)) };
    }),
    withinCalendarHours: running && isWorkingInstant(i.calendar, now),
    calendar: i.calendar.id,
    timeZone: i.timeZone,
    nextChangeAt: iso(pending.length ? Math.min(...pending) : null),
  };
  // Assigned, not spread into the literal: spreads there are slow on Node 20 (bench: sla).
  const until = running ? (projected !== null && projected > now ? projected : now) : ref;
  if (withExplanation === 'lazy') {
    // Built when read or serialised: the hub's queue never reads it, a ticket view does.
    let cached: TimerExplanation | undefined;
    Object.defineProperty(result, 'explanation', {
      enumerable: true,
      get: () => (cached ??= explainTimer(i, until)),
    });
  } else if (withExplanation) result.explanation = explainTimer(i, until);
  return result;
}
