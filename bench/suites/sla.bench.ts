// SLA engine figures (DESIGN.md budgets): ticket timelines evaluated per second on a business
// calendar with holidays, and addWorkingTime over a year against a naive minute-by-minute walk.
import {
  addWorkingTime,
  compileCalendar,
  crossedThresholds,
  defaultSlaConfig,
  evaluateTicketSla,
  isWorkingInstant,
  nextSlaWakeUp,
  type SlaConfig,
  type TicketEvent,
  type WorkingCalendar,
} from '@tierdesk/core';
import { loadavg } from 'node:os';
import { ticketLog } from '../../core/sla/testing/ticketLog';
import { row, type BenchSuite } from '../row';

const DAY = 86_400_000;
const H = 3_600_000;

/** The default policy on a Berlin business calendar with a year of holidays. */
export const benchConfig: SlaConfig = {
  ...defaultSlaConfig,
  calendars: [
    {
      id: 'business',
      timeZone: 'Europe/Berlin',
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
      holidays: [
        { month: 1, day: 1, name: 'New year' },
        { month: 5, day: 1, name: 'Labour day' },
        { month: 10, day: 3, name: 'Unity day' },
        { from: '2026-12-24', to: '2026-12-26', name: 'Christmas' },
        { date: '2026-11-18', start: '12:00', end: '14:00', name: 'all-hands' },
      ],
    },
  ],
};

/** The instant the bench evaluates at: a month after the ticket was created. */
export const benchNow = '2026-12-02T10:00:00.000Z';

/**
 * About 20 events over 30 days: triage, replies, waits on the user, escalation, a priority raise,
 * a reopen. `shift` moves the whole ticket (ms); `priority` is the one it is created with.
 */
export function realisticTicket(shift = 0, priority: 'P2' | 'P3' | 'P4' = 'P3'): TicketEvent[] {
  const t0 = Date.parse('2026-11-02T09:30:00.000Z') + shift;
  const at = (days: number, hours = 0) => new Date(t0 + days * DAY + hours * H).toISOString();
  const wait = (d: number) => [
    { at: at(d), type: 'info_requested', question: 'Which browser?' },
    { at: at(d), type: 'status_changed', from: 'in_progress', to: 'waiting_on_user' },
    { at: at(d + 1, 2), type: 'user_replied', body: 'Firefox 130' },
    { at: at(d + 1, 2), type: 'status_changed', from: 'waiting_on_user', to: 'in_progress' },
  ];
  return ticketLog({ at: at(0), priority }, [
    { at: at(0, 1), type: 'triaged', category: 'app_defect', tier: 'L1' },
    { at: at(0, 1), type: 'status_changed', from: 'new', to: 'triaged' },
    { at: at(0, 2), type: 'acknowledged' },
    { at: at(0, 2), type: 'status_changed', from: 'triaged', to: 'in_progress' },
    ...wait(1),
    {
      at: at(3),
      type: 'escalated',
      from: 'L1',
      to: 'L2',
      notes: 'cleared cache, reproduced on two machines',
    },
    {
      at: at(3, 1),
      type: 'priority_changed',
      from: priority,
      to: 'P2',
      reason: 'a second team is affected',
    },
    ...wait(6),
    { at: at(9), type: 'commented', body: 'deploying a fix', visibility: 'public' },
    { at: at(10), type: 'resolved', resolution: 'fixed in 3.2.2' },
    { at: at(10), type: 'status_changed', from: 'in_progress', to: 'resolved' },
    { at: at(12), type: 'reopened', reason: 'still broken for payroll exports' },
    { at: at(12), type: 'status_changed', from: 'resolved', to: 'in_progress' },
    { at: at(29), type: 'commented', body: 'root cause found', visibility: 'internal' },
  ]);
}

/** CPU µs of this process (user + system): a figure a busy shared machine cannot inflate. */
const cpuMicros = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

/**
 * What the hub does per ticket (hub/tickets/slaColumns.ts): evaluate its timers from the event
 * log, then read the thresholds crossed and the next wake-up from the result.
 */
function hubStep(events: TicketEvent[], now: string): number {
  const state = evaluateTicketSla(events, benchConfig, now);
  return crossedThresholds(state).length + (nextSlaWakeUp(state, now) === null ? 0 : 1);
}

/** Timelines per CPU second: the median of several windows, and their range. */
interface Rate {
  median: number;
  low: number;
  high: number;
}

/**
 * Timelines per CPU second over a mix of tickets (start days a week apart and more, priorities
 * P2–P4). Warm-up and measurement are both counted in CPU time, not wall time or iterations: on
 * a loaded machine a wall-clock window holds little CPU, much of it spent compiling. Even CPU
 * time reads low while another process shares the core's caches, so the figure is the median of
 * five windows of 0.5 s CPU: a burst of load elsewhere moves one window, not the figure.
 */
function timelinesPerSecond(tickets: { events: TicketEvent[]; now: string }[]): Rate {
  let sink = 0;
  const run = (cpuBudget: number) => {
    let n = 0;
    const c0 = cpuMicros();
    while (cpuMicros() - c0 < cpuBudget) {
      for (let i = 0; i < 64; i++) {
        const ticket = tickets[(n + i) % tickets.length]!;
        sink += hubStep(ticket.events, ticket.now);
      }
      n += 64;
    }
    return (n / (cpuMicros() - c0)) * 1e6;
  };
  run(400_000); // warm-up: 0.4 s of CPU, enough for the JIT to settle
  const windows = Array.from({ length: 5 }, () => run(500_000)).sort((a, b) => a - b);
  if (sink < 0) throw new Error('unreachable');
  return { median: windows[2]!, low: windows[0]!, high: windows[4]! };
}

const perSecond = (r: Rate) =>
  `${Math.round(r.median).toLocaleString('en-US')}/s (median of 5 windows of 0.5 s CPU; ` +
  `${Math.round(r.low).toLocaleString('en-US')}–${Math.round(r.high).toLocaleString('en-US')})`;

/** The reference an engine must beat: step minute by minute, counting working ones. */
function naiveAddWorkingTime(cal: WorkingCalendar, start: number, ms: number): number {
  let left = ms;
  let t = start;
  while (left > 0) {
    if (isWorkingInstant(cal, t)) left -= 60_000;
    t += 60_000;
  }
  return t;
}

/** CPU ms per run of `fn` (CPU time, like the rate above). */
function timeIt(fn: () => number, runs: number): { ms: number; result: number } {
  let result = 0;
  const c0 = cpuMicros();
  for (let i = 0; i < runs; i++) result = fn();
  return { ms: (cpuMicros() - c0) / 1000 / runs, result };
}

export const suite: BenchSuite = {
  name: 'sla',
  run: async () => {
    // Each ticket is evaluated a month after it was opened, as the single one is at benchNow.
    const tickets = Array.from({ length: 48 }, (_, k) => {
      const shift = -k * (7 * DAY + 37 * 60_000);
      const now = new Date(Date.parse(benchNow) + shift).toISOString();
      return { events: realisticTicket(shift, (['P2', 'P3', 'P4'] as const)[k % 3]), now };
    });
    const rate = timelinesPerSecond(tickets);
    // The same tickets half a year after they opened: the resolution timer has run for months,
    // and its elapsed working time comes from the calendar's running totals, not a walk per day.
    const later = tickets.map((t) => ({
      events: t.events,
      now: new Date(Date.parse(t.now) + 150 * DAY).toISOString(),
    }));
    const lateRate = timelinesPerSecond(later);

    const cal = compileCalendar(benchConfig.calendars[0]!, 'Europe/Berlin');
    const start = Date.parse('2026-01-05T08:00:00.000Z');
    const year = 248 * 8 * H; // a year of working days on this calendar
    cal.intervalsOn(cal.dayOf(start)); // compile the first day in both runs alike
    timeIt(() => addWorkingTime(cal, start, year), 5); // compile the year's days first
    const walk = timeIt(() => addWorkingTime(cal, start, year), 200);
    const naive = timeIt(() => naiveAddWorkingTime(cal, start, year), 1);
    if (walk.result !== naive.result) throw new Error('addWorkingTime and the naive walk disagree');
    return [
      row(
        'SLA evaluation: ticket timelines per CPU second (evaluateTicketSla + thresholds + wake-up as the hub does, 48 tickets of ~20 events over 30 days, Berlin business calendar with holidays)',
        perSecond(rate),
        '≥ 100,000/s',
        rate.median >= 100_000,
      ),
      row(
        'same 48 tickets, each evaluated six months after it opened (timers open for months)',
        perSecond(lateRate),
      ),
      row(
        'machine load while measuring (1-min load average; the machine has 2 cores)',
        loadavg()[0]!.toFixed(1),
      ),
      row(
        'addWorkingTime over a one-year horizon (interval walk, CPU time)',
        `${walk.ms.toFixed(3)} ms`,
      ),
      row('same, naive minute-by-minute reference (CPU time)', `${naive.ms.toFixed(1)} ms`),
      row(
        'interval walk vs minute-by-minute',
        `${Math.round(naive.ms / walk.ms).toLocaleString('en-US')}× faster`,
      ),
    ];
  },
};
