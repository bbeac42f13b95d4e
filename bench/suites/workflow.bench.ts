// Workflow figures: actions applied per second (parse, gate, events, fold) and log replays.
import {
  applyAction,
  createTicket,
  defaultConfig,
  replayTicket,
  type Actor,
  type TicketAction,
  type TicketEvent,
} from '@tierdesk/core';
import { sampleDraft } from '../../core/testing/sampleTicket';
import { row, type BenchSuite } from '../row';

const l1: Actor = { kind: 'agent', id: 'lena', role: 'L1' };
const reporter: Actor = { kind: 'reporter', id: 'u-1001' };
const t0 = Date.parse('2026-11-02T09:00:00.000Z');
const iso = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();

/** A ticket's life: triage, acknowledge, a question and reply, a runbook step, escalation, resolution. */
const life: [Actor, TicketAction][] = [
  [l1, { type: 'reclassify', category: 'password_reset', reason: 'Sign-in problem' }],
  [l1, { type: 'acknowledge', message: 'Looking into it' }],
  [l1, { type: 'request_info', question: 'Which account do you sign in with?' }],
  [reporter, { type: 'user_replied', body: 'ada.example' }],
  [l1, { type: 'runbook_step', step: 'Reset the password in the directory', done: true }],
  [l1, { type: 'comment', body: 'Reset done, waiting for the user', visibility: 'internal' }],
  [l1, { type: 'resolve', resolution: 'Password reset; the user signed in' }],
];

function runLife(): TicketEvent[] {
  const { ticket, event } = createTicket({
    draft: sampleDraft({ impact: 'individual', urgency: 'blocked' }),
    number: 'TD-1042',
    appName: 'Payroll',
    classification: {
      category: 'needs_triage',
      tier: 'L1',
      confidence: 0.3,
      needsTriage: true,
      reasons: [],
    },
    priority: 'P3',
    now: iso(0),
    actor: reporter,
  });
  const log: TicketEvent[] = [{ ...event, seq: 1 }];
  let current = ticket;
  life.forEach(([actor, action], i) => {
    const r = applyAction(current, action, actor, iso(i + 1), defaultConfig);
    if (!r.ok) throw new Error(`${action.type}: ${r.error.message}`);
    for (const e of r.events) log.push({ ...e, seq: log.length + 1 } as TicketEvent);
    current = r.ticket;
  });
  return log;
}

function perSecond(fn: () => void): number {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) {
    fn();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

export const suite: BenchSuite = {
  name: 'workflow',
  run: async () => {
    const log = runLife();
    const lives = perSecond(runLife);
    const replays = perSecond(() => replayTicket(log));
    return [
      row(
        'workflow: a ticket life (intake + 7 actions), one core',
        `${(lives * (life.length + 1)).toFixed(0)} actions/s (${lives.toFixed(0)} lives/s)`,
      ),
      row(`workflow: replay of a ${log.length}-event log`, `${replays.toFixed(0)} replays/s`),
    ];
  },
};
