import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { ticketEventSchema } from './event';
import { sampleTicket } from '../testing/sampleTicket';

const agent = { kind: 'agent', id: 'sam', role: 'L1' } as const;
const at = '2026-11-02T09:05:00.000Z';

describe('ticketEventSchema', () => {
  it('accepts every kind of event', () => {
    const events = [
      {
        seq: 1,
        at,
        actor: { kind: 'reporter', id: 'u-1' },
        type: 'created',
        ticket: sampleTicket(),
      },
      { seq: 2, at, actor: agent, type: 'acknowledged' },
      {
        seq: 3,
        at,
        actor: agent,
        type: 'escalated',
        from: 'L1',
        to: 'L2',
        notes: 'Reset the password, still failing',
      },
      {
        seq: 4,
        at,
        actor: { kind: 'system', id: 'sla' },
        type: 'sla_breached',
        timer: 'resolution',
        dueAt: at,
      },
      { seq: 5, at, actor: agent, type: 'commented', body: 'Looking', visibility: 'internal' },
    ];
    for (const e of events) expect(parseWith(ticketEventSchema, e).ok, e.type).toBe(true);
  });

  it('rejects an unknown event type and names the discriminator', () => {
    const r = parseWith(ticketEventSchema, { seq: 1, at, actor: agent, type: 'deleted' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('type');
  });

  it('requires escalation notes and a reason for a priority change', () => {
    expect(
      parseWith(ticketEventSchema, {
        seq: 1,
        at,
        actor: agent,
        type: 'escalated',
        from: 'L1',
        to: 'L2',
        notes: '',
      }).ok,
    ).toBe(false);
    expect(
      parseWith(ticketEventSchema, {
        seq: 1,
        at,
        actor: agent,
        type: 'priority_changed',
        from: 'P3',
        to: 'P1',
        reason: '',
      }).ok,
    ).toBe(false);
  });
});
