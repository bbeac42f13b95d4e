import { describe, expect, it } from 'vitest';
import { parseWith } from '../model/parse';
import { ticketStateSchema, type Ticket } from '../model/ticketState';
import { applyAction } from './applyAction';
import { replayTicket } from './replayTicket';
import type { TicketAction } from './ticketAction';
import { actors, at, config, l1Ticket, run } from './testing/workflowFixtures';

const freeze = <T>(t: T): T => {
  if (t && typeof t === 'object') {
    Object.values(t).forEach(freeze);
    Object.freeze(t);
  }
  return t;
};

function rejected(ticket: Ticket, action: TicketAction, actor = actors.l1 as never, now = at(60)) {
  const r = applyAction(freeze(ticket), action, actor, now, config);
  if (r.ok) throw new Error(`expected ${action.type} to be rejected`);
  return r.error;
}

describe('applyAction', () => {
  it('acknowledges a new ticket: first response, taken by the agent, in progress', () => {
    const r = applyAction(freeze(l1Ticket()), { type: 'acknowledge' }, actors.l1, at(5), config);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events.map((e) => e.type)).toEqual(['acknowledged', 'assigned', 'status_changed']);
    expect(r.ticket).toMatchObject({
      status: 'in_progress',
      assignee: 'lena',
      firstRespondedAt: at(5),
      updatedAt: at(5),
    });
    expect(parseWith(ticketStateSchema, r.ticket).ok).toBe(true);
  });

  it('refuses a second acknowledgement and changes nothing', () => {
    const t = run(l1Ticket(), [[actors.l1, { type: 'acknowledge' }]]);
    expect(rejected(t, { type: 'acknowledge' })).toEqual({
      code: 'invalid_transition',
      message: 'TD-1001 has already been acknowledged.',
    });
  });

  it('counts a public agent comment as the first response, an internal one not', () => {
    const internal = run(l1Ticket(), [
      [actors.l1, { type: 'comment', body: 'hm', visibility: 'internal' }],
    ]);
    expect(internal.firstRespondedAt).toBeNull();
    const pub = run(internal, [
      [actors.l1, { type: 'comment', body: 'On it', visibility: 'public' }],
    ]);
    expect(pub.firstRespondedAt).toBe(at(1));
    expect(pub.status).toBe('new');
  });

  it('triages a new ticket by reclassifying it, with the category tier by default', () => {
    const r = applyAction(
      l1Ticket(),
      { type: 'reclassify', category: 'network', reason: 'VPN drops' },
      actors.l1,
      at(3),
      config,
    );
    expect(r.ok && r.ticket).toMatchObject({ status: 'triaged', category: 'network', tier: 'L2' });
    expect(r.ok && r.events.map((e) => e.type)).toEqual(['reclassified', 'status_changed']);
  });

  it('refuses an unknown category and a tier raised past triage without escalating', () => {
    expect(
      rejected(l1Ticket(), { type: 'reclassify', category: 'teleport', reason: 'x' }),
    ).toMatchObject({ code: 'invalid_action', field: 'category' });
    const triaged = run(l1Ticket(), [
      [actors.l1, { type: 'reclassify', category: 'email', reason: 'mail' }],
    ]);
    expect(
      rejected(triaged, { type: 'reclassify', category: 'database', reason: 'db' }),
    ).toMatchObject({ code: 'invalid_action', field: 'tier' });
    expect(
      run(triaged, [[actors.lead, { type: 'reclassify', category: 'database', reason: 'db' }]])
        .tier,
    ).toBe('L3');
  });

  it('recomputes priority from impact and urgency, and keeps an override with its reason', () => {
    const t = l1Ticket({ impact: 'individual', urgency: 'degraded', priority: 'P4' });
    const wider = run(t, [
      [actors.l1, { type: 'change_priority', impact: 'department', reason: 'whole floor' }],
    ]);
    expect(wider).toMatchObject({ impact: 'department', priority: 'P3' });
    expect(wider.priorityOverride).toBeUndefined();
    const overridden = run(wider, [
      [actors.l1, { type: 'change_priority', priority: 'P1', reason: 'payroll run tonight' }],
    ]);
    expect(overridden).toMatchObject({
      priority: 'P1',
      priorityOverride: { priority: 'P1', reason: 'payroll run tonight' },
    });
    const back = run(overridden, [
      [actors.l1, { type: 'change_priority', urgency: 'minor', reason: 'workaround found' }],
    ]);
    expect(back).toMatchObject({ urgency: 'minor', priority: 'P4' });
    expect(back.priorityOverride).toBeUndefined();
    expect(
      rejected(back, { type: 'change_priority', priority: 'P4', reason: 'same' }),
    ).toMatchObject({
      code: 'invalid_action',
    });
  });

  it('waits on the user after a question and resumes when they reply, by any channel', () => {
    const asked = run(l1Ticket(), [
      [actors.l1, { type: 'request_info', question: 'Which browser?' }],
    ]);
    expect(asked).toMatchObject({ status: 'waiting_on_user', firstRespondedAt: at(1) });
    expect(rejected(asked, { type: 'request_info', question: 'And?' })).toMatchObject({
      code: 'invalid_transition',
    });
    expect(run(asked, [[actors.reporter, { type: 'user_replied', body: 'Firefox' }]]).status).toBe(
      'in_progress',
    );
    expect(
      run(asked, [[actors.reporter, { type: 'comment', body: 'Firefox', visibility: 'public' }]])
        .status,
    ).toBe('in_progress');
  });

  it('escalates up only, with notes that say something, handing the ticket to the next queue', () => {
    const working = run(l1Ticket(), [
      [actors.l1, { type: 'acknowledge' }],
      [
        actors.l1,
        { type: 'runbook_step', step: 'Reset the password in the directory', done: true },
      ],
    ]);
    expect(
      rejected(working, { type: 'escalate', to: 'L1', notes: 'Reset it, still failing' }),
    ).toMatchObject({
      code: 'invalid_action',
      field: 'to',
    });
    expect(
      rejected(working, { type: 'escalate', to: 'L2', notes: 'tried tried tried tried' }),
    ).toMatchObject({
      code: 'notes_required',
      field: 'notes',
    });
    const r = applyAction(
      working,
      { type: 'escalate', to: 'L2', notes: 'Password reset, sign-in still fails with 500' },
      actors.l1,
      at(10),
      config,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ticket).toMatchObject({ tier: 'L2', assignee: null, status: 'triaged' });
    expect(r.events[0]).toMatchObject({
      type: 'escalated',
      from: 'L1',
      to: 'L2',
      runbookSteps: ['Reset the password in the directory'],
    });
    // The L1 agent no longer acts on it, but may still add a note.
    expect(rejected(r.ticket, { type: 'resolve', resolution: 'done' })).toMatchObject({
      code: 'forbidden',
    });
    expect(
      run(r.ticket, [[actors.l1, { type: 'comment', body: 'User called', visibility: 'internal' }]])
        .tier,
    ).toBe('L2');
  });

  it('lets an L1 agent not resolve an L3 ticket, an L3 agent and a lead yes', () => {
    const l3 = l1Ticket({ tier: 'L3', category: 'database' });
    expect(rejected(l3, { type: 'resolve', resolution: 'Restarted' })).toEqual({
      code: 'forbidden',
      message: 'TD-1001 sits at L3; an L1 agent cannot resolve it.',
    });
    expect(run(l3, [[actors.l3, { type: 'resolve', resolution: 'Restarted' }]]).status).toBe(
      'resolved',
    );
    expect(run(l3, [[actors.lead, { type: 'resolve', resolution: 'Restarted' }]]).status).toBe(
      'resolved',
    );
  });

  it('resolves, reopens within the window, and closes for good', () => {
    const resolved = run(l1Ticket(), [
      [actors.l1, { type: 'resolve', resolution: 'Reset done', knownIssueId: 'ki-pw' }],
    ]);
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: 'Reset done',
      resolvedAt: at(1),
      knownIssueId: 'ki-pw',
      firstRespondedAt: at(1),
    });
    const day = 24 * 60;
    const reopened = applyAction(
      resolved,
      { type: 'reopen', reason: 'Still locked' },
      actors.reporter,
      at(13 * day),
      config,
    );
    expect(reopened.ok && reopened.ticket).toMatchObject({
      status: 'in_progress',
      resolution: null,
      resolvedAt: null,
      knownIssueId: null,
    });
    expect(
      rejected(
        resolved,
        { type: 'reopen', reason: 'Still locked' },
        actors.reporter as never,
        at(15 * day),
      ),
    ).toMatchObject({ code: 'reopen_window_passed' });
    const closed = run(resolved, [[actors.system, { type: 'close' }]]);
    expect(closed).toMatchObject({ status: 'closed', closedAt: at(1) });
    for (const action of [
      { type: 'reopen', reason: 'again' },
      { type: 'comment', body: 'hello', visibility: 'public' },
    ] as const) {
      expect(rejected(closed, action, actors.reporter as never)).toMatchObject({
        code: 'invalid_transition',
      });
    }
  });

  it('closes an unresolved ticket only with a reason', () => {
    expect(rejected(l1Ticket(), { type: 'close' })).toMatchObject({
      code: 'invalid_action',
      field: 'reason',
    });
    expect(
      run(l1Ticket(), [[actors.l1, { type: 'close', reason: 'Duplicate of TD-1000' }]]).status,
    ).toBe('closed');
  });

  it('limits reporters to replying, reopening and public comments on their own ticket', () => {
    expect(rejected(l1Ticket(), { type: 'acknowledge' }, actors.reporter as never)).toMatchObject({
      code: 'forbidden',
    });
    expect(
      rejected(
        l1Ticket(),
        { type: 'comment', body: 'psst', visibility: 'internal' },
        actors.reporter as never,
      ),
    ).toMatchObject({ code: 'forbidden', field: 'visibility' });
    expect(
      rejected(l1Ticket(), { type: 'user_replied', body: 'me too' }, actors.stranger as never),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('lets the hub automation close and escalate but not resolve or acknowledge', () => {
    expect(
      rejected(l1Ticket(), { type: 'resolve', resolution: 'auto' }, actors.system as never),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(rejected(l1Ticket(), { type: 'acknowledge' }, actors.system as never)).toMatchObject({
      code: 'forbidden',
    });
    expect(
      run(l1Ticket(), [
        [
          actors.system,
          { type: 'escalate', to: 'L2', notes: 'L1 ownership OLA breached after 4 h' },
        ],
      ]).tier,
    ).toBe('L2');
  });

  it('answers invalid fields and instants as errors naming the field', () => {
    expect(rejected(l1Ticket(), { type: 'escalate', to: 'L2', notes: '  ' })).toEqual({
      code: 'invalid_action',
      message: 'notes: write something (not only spaces)',
      field: 'notes',
    });
    expect(
      rejected(l1Ticket(), { type: 'acknowledge' }, actors.l1 as never, 'yesterday'),
    ).toMatchObject({
      code: 'invalid_action',
      field: 'now',
    });
  });

  it('produces events whose replay is the returned ticket', () => {
    const t = l1Ticket();
    const created = {
      type: 'created' as const,
      at: t.createdAt,
      actor: actors.reporter,
      ticket: t,
    };
    const log = [created];
    let current = t;
    const steps: TicketAction[] = [
      { type: 'acknowledge' },
      { type: 'request_info', question: 'Which account?' },
      { type: 'user_replied', body: 'ada.example' },
      { type: 'escalate', to: 'L3', notes: 'Unlocked twice, it locks again within minutes' },
    ];
    steps.forEach((action, i) => {
      const r = applyAction(current, action, actors.l1, at(i + 1), config);
      if (!r.ok) throw new Error(r.error.message);
      log.push(...(r.events as never[]));
      current = r.ticket;
    });
    expect(replayTicket(log)).toEqual(current);
  });
  it('never dates an event before the last change, whatever the caller clock says', () => {
    const t = run(l1Ticket(), [[actors.l1, { type: 'acknowledge' }]]);
    const r = applyAction(
      t,
      { type: 'comment', body: 'late clock', visibility: 'internal' },
      actors.l2,
      at(0),
      config,
    );
    expect(r.ok && r.events[0]?.at).toBe(at(1));
    expect(r.ok && r.ticket.updatedAt).toBe(at(1));
  });
});
