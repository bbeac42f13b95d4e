import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '@tierdesk/core/model/event';
import { actorName, describeEvent } from './describeEvent';

const agent = { kind: 'agent' as const, id: 'ada', role: 'L1' as const, name: 'Ada' };
const at = '2026-11-02T09:00:00.000Z';

describe('describeEvent', () => {
  it('names the escalation with its notes, and the resolution with its known issue', () => {
    const esc: TicketEvent = {
      seq: 2,
      at,
      actor: agent,
      type: 'escalated',
      from: 'L1',
      to: 'L2',
      notes: 'reset password, still locked',
    };
    expect(describeEvent(esc)).toBe('escalated L1 → L2: reset password, still locked');
    const res: TicketEvent = {
      seq: 3,
      at,
      actor: agent,
      type: 'resolved',
      resolution: 'cleared cache',
      knownIssueId: 'ki-cache',
    };
    expect(describeEvent(res)).toBe('resolved (known issue ki-cache): cleared cache');
  });
  it('tells internal notes from public replies, and names actors', () => {
    const c: TicketEvent = {
      seq: 4,
      at,
      actor: agent,
      type: 'commented',
      body: 'hm',
      visibility: 'internal',
    };
    expect(describeEvent(c)).toBe('internal note: hm');
    expect(actorName(agent)).toBe('Ada');
    expect(actorName({ kind: 'system', id: 'sla' })).toBe('hub');
  });
});
