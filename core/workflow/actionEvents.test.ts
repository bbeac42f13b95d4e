import { describe, expect, it } from 'vitest';
import { actionEvents } from './actionEvents';
import { actors, at, config, l1Ticket } from './testing/workflowFixtures';

describe('actionEvents', () => {
  it('puts the status change last, and only when the status changes', () => {
    const events = actionEvents(
      l1Ticket(),
      { type: 'resolve', resolution: 'Reset' },
      actors.l1,
      at(1),
      config,
    );
    expect(Array.isArray(events) && events.map((e) => e.type)).toEqual([
      'resolved',
      'status_changed',
    ]);
    const same = actionEvents(
      l1Ticket({ status: 'in_progress' }),
      { type: 'user_replied', body: 'more detail' },
      actors.reporter,
      at(1),
      config,
    );
    expect(Array.isArray(same) && same.map((e) => e.type)).toEqual(['user_replied']);
  });

  it('does not take the ticket for the agent when it is already assigned', () => {
    const events = actionEvents(
      l1Ticket({ assignee: 'omar' }),
      { type: 'acknowledge' },
      actors.l1,
      at(1),
      config,
    );
    expect(Array.isArray(events) && events.map((e) => e.type)).toEqual([
      'acknowledged',
      'status_changed',
    ]);
  });

  it('refuses a runbook step the category does not have, or one already ticked', () => {
    expect(
      actionEvents(
        l1Ticket(),
        { type: 'runbook_step', step: 'Dance', done: true },
        actors.l1,
        at(1),
        config,
      ),
    ).toMatchObject({ code: 'invalid_action', field: 'step' });
    const step = 'Confirm the user can sign in';
    expect(
      actionEvents(
        l1Ticket({ runbookDone: [step] }),
        { type: 'runbook_step', step, done: true },
        actors.l1,
        at(1),
        config,
      ),
    ).toMatchObject({ code: 'invalid_action', field: 'done' });
  });

  it('records the ticked runbook steps with an escalation unless others are given', () => {
    const events = actionEvents(
      l1Ticket({ runbookDone: ['Confirm the user can sign in'] }),
      { type: 'escalate', to: 'L3', notes: 'Sign-in fails for the whole team', runbookSteps: [] },
      actors.l1,
      at(1),
      config,
    );
    expect(Array.isArray(events) && events[0]).not.toHaveProperty('runbookSteps');
  });

  it('refuses assigning to whoever already has it', () => {
    expect(
      actionEvents(l1Ticket(), { type: 'assign', assignee: null }, actors.l1, at(1), config),
    ).toMatchObject({
      code: 'invalid_action',
      field: 'assignee',
    });
  });
});
