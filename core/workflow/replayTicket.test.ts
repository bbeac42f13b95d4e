import { describe, expect, it } from 'vitest';
import { replayTicket } from './replayTicket';
import { actors, at, l1Ticket } from './testing/workflowFixtures';

describe('replayTicket', () => {
  it('folds a log in order from its created event', () => {
    const t = l1Ticket();
    const ticket = replayTicket([
      { seq: 1, type: 'created', at: t.createdAt, actor: actors.reporter, ticket: t },
      { seq: 2, type: 'acknowledged', at: at(1), actor: actors.l1 },
      {
        seq: 3,
        type: 'status_changed',
        at: at(1),
        actor: actors.l1,
        from: 'new',
        to: 'in_progress',
      },
    ]);
    expect(ticket).toMatchObject({
      status: 'in_progress',
      firstRespondedAt: at(1),
      updatedAt: at(1),
    });
  });

  it('refuses an empty log or one that does not start with created', () => {
    expect(() => replayTicket([])).toThrow(/empty log/);
    expect(() =>
      replayTicket([{ seq: 1, type: 'acknowledged', at: at(1), actor: actors.l1 }]),
    ).toThrow();
  });
});
