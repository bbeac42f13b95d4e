import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/agent';
import { actionRefusal, agentReaches, runbookOf } from './actionRefusal';
import { actors, at, config, l1Ticket } from './testing/workflowFixtures';

const code = (
  t: ReturnType<typeof l1Ticket>,
  type: Parameters<typeof actionRefusal>[1],
  a: Actor,
  now = at(1),
) => actionRefusal(t, type, a, now, config)?.code ?? 'ok';

describe('actionRefusal', () => {
  it('lets agents act at or below their tier, leads and admins everywhere', () => {
    const byTier = {
      L1: l1Ticket({ tier: 'L1' }),
      L2: l1Ticket({ tier: 'L2' }),
      L3: l1Ticket({ tier: 'L3' }),
    };
    const table = Object.fromEntries(
      (['l1', 'l2', 'l3', 'lead', 'admin'] as const).map((who) => [
        who,
        (['L1', 'L2', 'L3'] as const).map((tier) => code(byTier[tier], 'resolve', actors[who])),
      ]),
    );
    expect(table).toEqual({
      l1: ['ok', 'forbidden', 'forbidden'],
      l2: ['ok', 'ok', 'forbidden'],
      l3: ['ok', 'ok', 'ok'],
      lead: ['ok', 'ok', 'ok'],
      admin: ['ok', 'ok', 'ok'],
    });
    expect(agentReaches('L2', byTier.L3)).toBe(false);
  });

  it('checks who before status, so a forbidden actor learns nothing about the ticket', () => {
    expect(code(l1Ticket({ status: 'closed' }), 'acknowledge', actors.reporter)).toBe('forbidden');
  });

  it('refuses actions outside their statuses with a sentence for a person', () => {
    expect(
      actionRefusal(l1Ticket({ status: 'in_progress' }), 'reopen', actors.l1, at(1), config)
        ?.message,
    ).toBe('Only a resolved ticket can be reopened; TD-1001 is in progress.');
    expect(
      actionRefusal(l1Ticket({ status: 'resolved' }), 'escalate', actors.l1, at(1), config)
        ?.message,
    ).toBe('TD-1001 is resolved: reopen it before you escalate it.');
    expect(code(l1Ticket({ tier: 'L3' }), 'escalate', actors.lead)).toBe('invalid_transition');
  });

  it('measures the reopen window from the resolution', () => {
    const t = l1Ticket({ status: 'resolved', resolvedAt: at(0), resolution: 'done' });
    const days = config.workflow.reopenWindowDays;
    expect(code(t, 'reopen', actors.reporter, at(days * 24 * 60))).toBe('ok');
    expect(code(t, 'reopen', actors.reporter, at(days * 24 * 60 + 1))).toBe('reopen_window_passed');
  });

  it('finds the runbook of the category, and none for an unknown one', () => {
    expect(runbookOf(l1Ticket(), config)).toContain('Reset the password in the directory');
    expect(runbookOf(l1Ticket({ category: 'gone' }), config)).toEqual([]);
    expect(code(l1Ticket({ category: 'gone' }), 'runbook_step', actors.l1)).toBe(
      'invalid_transition',
    );
  });
});
