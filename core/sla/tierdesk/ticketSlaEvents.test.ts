import { describe, expect, it } from 'vitest';
import { ticketSlaEvents } from './ticketSlaEvents';
import { ticketLog } from '../testing/ticketLog';

describe('ticketSlaEvents', () => {
  it('maps the Tierdesk log to engine events', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }, [
      { at: '2026-11-02T10:05:00.000Z', type: 'commented', body: 'on it', visibility: 'public' },
      { at: '2026-11-02T10:06:00.000Z', type: 'commented', body: 'hmm', visibility: 'internal' },
      {
        at: '2026-11-02T10:07:00.000Z',
        type: 'escalated',
        from: 'L1',
        to: 'L2',
        notes: 'tried the runbook',
      },
      { at: '2026-11-02T10:08:00.000Z', type: 'user_replied', body: 'thanks' },
      { at: '2026-11-02T10:09:00.000Z', type: 'resolved', resolution: 'fixed' },
      {
        at: '2026-11-02T10:09:00.000Z',
        type: 'status_changed',
        from: 'in_progress',
        to: 'resolved',
      },
      { at: '2026-11-02T10:10:00.000Z', type: 'runbook_step', step: 'x', done: true },
    ]);
    const out = ticketSlaEvents(log);
    expect(out.map((e) => e.type)).toEqual([
      'created',
      'agent_reply',
      'internal_note',
      'update',
      'customer_message',
      'update',
    ]);
    expect(out[0]!.set).toMatchObject({ status: 'new', priority: 'P3', group: 'L2' });
    expect(out[3]!.set).toEqual({ group: 'L2' });
    expect(out[5]!.set).toEqual({ status: 'resolved' });
  });
  it('orders by time, then by sequence (R19)', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }, [
      { at: '2026-11-02T10:09:00.000Z', type: 'acknowledged' },
      {
        at: '2026-11-02T10:05:00.000Z',
        type: 'priority_changed',
        from: 'P3',
        to: 'P2',
        reason: 'more users',
      },
    ]);
    expect(ticketSlaEvents(log).map((e) => e.at)).toEqual([
      '2026-11-02T10:00:00.000Z',
      '2026-11-02T10:05:00.000Z',
      '2026-11-02T10:09:00.000Z',
    ]);
  });
});
