import { describe, expect, it } from 'vitest';
import { parseWith } from '../model/parse';
import { ticketActionSchema, ticketActionTypes } from './ticketAction';

describe('ticketActionSchema', () => {
  it('accepts one of each action', () => {
    const actions = [
      { type: 'reclassify', category: 'network', reason: 'VPN, not e-mail' },
      { type: 'change_priority', urgency: 'blocked', reason: 'cannot work at all' },
      { type: 'assign', assignee: null },
      { type: 'acknowledge' },
      { type: 'comment', body: 'Looking into it', visibility: 'public' },
      { type: 'request_info', question: 'Which browser?' },
      { type: 'user_replied', body: 'Firefox' },
      { type: 'escalate', to: 'L2', notes: 'Reset the password, still failing' },
      { type: 'runbook_step', step: 'Unlock the account', done: true },
      { type: 'resolve', resolution: 'Password reset', knownIssueId: 'ki-vpn' },
      { type: 'reopen', reason: 'Still broken' },
      { type: 'close' },
    ];
    expect(actions.map((a) => a.type).sort()).toEqual([...ticketActionTypes].sort());
    for (const a of actions) expect(parseWith(ticketActionSchema, a).ok, a.type).toBe(true);
  });

  it('names the field that is blank or unknown', () => {
    const blank = parseWith(ticketActionSchema, { type: 'reopen', reason: '   ' });
    expect(blank.ok).toBe(false);
    if (!blank.ok)
      expect(blank.issues[0]).toEqual({
        path: 'reason',
        message: 'write something (not only spaces)',
      });

    const extra = parseWith(ticketActionSchema, { type: 'assign', assignee: 'sam', tier: 'L3' });
    expect(extra.ok).toBe(false);

    const tier = parseWith(ticketActionSchema, { type: 'escalate', to: 'L4', notes: 'x' });
    expect(tier.ok).toBe(false);
    if (!tier.ok) expect(tier.issues.map((i) => i.path)).toContain('to');
  });

  it('rejects an unknown type on the discriminator', () => {
    const r = parseWith(ticketActionSchema, { type: 'delete' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('type');
  });
});
