import { describe, expect, it } from 'vitest';
import { allowedActions } from './allowedActions';
import { actors, at, config, l1Ticket } from './testing/workflowFixtures';

describe('allowedActions', () => {
  it('offers an L1 agent the whole workflow on a new L1 ticket, except reopening and replying', () => {
    expect(allowedActions(l1Ticket(), actors.l1, config)).toEqual([
      'acknowledge',
      'reclassify',
      'change_priority',
      'assign',
      'comment',
      'request_info',
      'user_replied',
      'runbook_step',
      'escalate',
      'resolve',
      'close',
    ]);
  });

  it('offers an L1 agent only a comment on an L3 ticket', () => {
    expect(allowedActions(l1Ticket({ tier: 'L3' }), actors.l1, config)).toEqual(['comment']);
  });

  it('offers the reporter of a resolved ticket a comment and a reopen, until the window passes', () => {
    const t = l1Ticket({ status: 'resolved', resolvedAt: at(0), resolution: 'Reset' });
    expect(allowedActions(t, actors.reporter, config, at(60))).toEqual(['comment', 'reopen']);
    expect(allowedActions(t, actors.reporter, config, at(60 * 24 * 30))).toEqual(['comment']);
  });

  it('offers nothing on a closed ticket', () => {
    expect(allowedActions(l1Ticket({ status: 'closed' }), actors.admin, config)).toEqual([]);
  });
});
