// Test fixtures: the golden differential check of the SLA engine. Seeded random tickets are
// evaluated under every golden config at several instants, through both entry points (the hub's
// evaluateTicketSla with its JSON, crossedThresholds and nextSlaWakeUp; the case evaluator with
// explanations); each output is kept as text, so a rewrite of the engine must give the same bytes.
import { seededRandom } from '../../classify/text/seededRandom';
import type { TicketEvent } from '../../model/event';
import { evaluateSlaCase } from '../engine/evaluateSlaCase';
import { evaluateTicketSla } from '../tierdesk/evaluateTicketSla';
import { crossedThresholds, nextSlaWakeUp } from '../tierdesk/slaAlerts';
import { ticketSlaEvents, tierdeskStatusMap } from '../tierdesk/ticketSlaEvents';
import { compileCalendar } from '../calendar/workingCalendar';
import { addWorkingTime } from '../time/addWorkingTime';
import { businessDaysDue } from '../time/businessDaysDue';
import { nextWorkingInstant } from '../time/nextWorkingInstant';
import { workingTime } from '../time/workingTime';
import { mergeSpans } from '../time/spans';
import { goldenConfigs } from './goldenConfigs';
import { randomTicketLog } from './randomTicketLog';

const H = 3_600_000;

export interface GoldenSample {
  /** `ticket 12 rich +30d`: which ticket, config and instant. */
  key: string;
  output: string;
}

/** What throws is part of the output too: its message must stay the same. */
function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run());
  } catch (e) {
    return `throws ${(e as Error).name}: ${(e as Error).message}`;
  }
}

/** The instants a ticket is evaluated at: before its end, at it, soon after, a month after. */
function instants(events: readonly TicketEvent[], random: () => number): [string, string][] {
  const first = Date.parse(events[0]!.at);
  const last = Date.parse(events[events.length - 1]!.at);
  const iso = (ms: number) => new Date(ms).toISOString();
  return [
    ['mid', iso(first + Math.floor((last - first) * random()))],
    ['end', iso(last)],
    ['+h', iso(last + Math.floor(random() * 72 * 60) * 60_000)],
    ['+30d', iso(Math.max(last, first + 30 * 24 * H))],
  ];
}

/**
 * The golden samples of tickets `[from, to)` (seeded by their number), in a fixed order.
 * @example slaGoldenSamples(0, 2).length // 2 tickets × 4 configs × (4 instants + 1 case)
 */
export function slaGoldenSamples(from: number, to: number): GoldenSample[] {
  const out: GoldenSample[] = [];
  for (let n = from; n < to; n++) {
    const random = seededRandom(0x51a + n * 7919);
    const events = randomTicketLog(random);
    const when = instants(events, random);
    for (const [name, config] of Object.entries(goldenConfigs)) {
      for (const [label, now] of when) {
        // Midway, the log as it stood then: timers still running, not yet stopped.
        const log = label === 'mid' ? events.filter((e) => e.at <= now) : events;
        out.push({
          key: `ticket ${n} ${name} ${label}`,
          output: outcome(() => {
            const state = evaluateTicketSla(log, config, now);
            return { state, crossed: crossedThresholds(state), wake: nextSlaWakeUp(state, now) };
          }),
        });
      }
      // The case evaluator on the same timeline: describeTimer's figures and explanations.
      const now = when[2]![1];
      out.push({
        key: `case ${n} ${name}`,
        output: outcome(() =>
          evaluateSlaCase({
            ...config,
            statusMap: tierdeskStatusMap,
            events: ticketSlaEvents(events),
            now,
          }),
        ),
      });
    }
  }
  return out;
}

const zones = ['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Kolkata'];
const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Calendar arithmetic on a random calendar (overnight shifts, holidays, DST zones): working time
 * between random instants with pauses, due instants of random durations, business-day targets.
 */
export function calendarGoldenSamples(from: number, to: number): GoldenSample[] {
  const out: GoldenSample[] = [];
  for (let n = from; n < to; n++) {
    const random = seededRandom(0xca1 + n * 104729);
    const int = (k: number) => Math.floor(random() * k);
    const zone = zones[int(zones.length)]!;
    const weekly = Array.from({ length: 1 + int(3) }, () => ({
      days: days.filter(() => random() < 0.5).concat(days[int(7)]!),
      start: hhmm(int(96) * 15),
      end: hhmm(int(97) * 15),
    }));
    const holidays = Array.from({ length: int(5) }, () => ({
      date: new Date(Date.parse('2026-01-01') + int(500) * 86_400_000).toISOString().slice(0, 10),
    }));
    const cal = compileCalendar({ id: 'random', timeZone: zone, weekly, holidays }, zone);
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    const results: unknown[] = [];
    for (let q = 0; q < 12; q++) {
      const a = base + int(400 * 24 * 60) * 60_000;
      const b = a + int(90 * 24 * 60) * 60_000;
      const pauses = mergeSpans(
        Array.from({ length: 2 * int(4) }, () => a - 24 * H + int(60 * 24 * 60) * 60_000),
      );
      const ms = (1 + int(300 * 60)) * 60_000;
      results.push(
        outcome(() => workingTime(cal, a, b, pauses)),
        outcome(() => addWorkingTime(cal, a, ms, pauses)),
        outcome(() => nextWorkingInstant(cal, a, pauses)),
        outcome(() => businessDaysDue(cal, a, 1 + int(20), random() < 0.5)),
      );
    }
    out.push({
      key: `calendar ${n} ${zone}`,
      output: JSON.stringify({ weekly, holidays, results }),
    });
  }
  return out;
}

/**
 * A 53-bit hash of a text (cyrb53, public domain) as 14 hex digits: the fixture keeps one per
 * sample so thousands of outputs fit in a small file; any changed byte changes it.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
