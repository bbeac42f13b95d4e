import { defaultPriorityMatrix, type Actor } from '@tierdesk/core';
import { sampleTicket } from '../../core/testing/sampleTicket';
import { describe, expect, it } from 'vitest';
import { majorIncidentRaise } from './majorIncidentRaise';

const system: Actor = { kind: 'system', id: 'incident-grouping' };
const now = '2026-11-02T10:00:00.000Z';

describe('majorIncidentRaise', () => {
  it('raises impact to organization and the priority through the matrix', () => {
    const ticket = sampleTicket({ impact: 'individual', urgency: 'blocked', priority: 'P3' });
    const { ticket: raised, events } = majorIncidentRaise(
      ticket,
      defaultPriorityMatrix,
      system,
      now,
      3,
    );
    expect(raised.priority).toBe('P1');
    expect(raised.impact).toBe('organization');
    expect(events).toEqual([
      expect.objectContaining({
        type: 'priority_changed',
        from: 'P3',
        to: 'P1',
        impact: 'organization',
      }),
    ]);
  });

  it('never lowers a priority an agent already set higher', () => {
    const ticket = sampleTicket({ impact: 'team', urgency: 'minor', priority: 'P1' });
    const result = majorIncidentRaise(ticket, defaultPriorityMatrix, system, now, 3);
    expect(result.events).toEqual([]);
    expect(result.ticket).toBe(ticket);
  });
});
