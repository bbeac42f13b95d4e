import { describe, expect, it } from 'vitest';
import { TicketFields } from './ticketFields';

describe('TicketFields', () => {
  it('applies a set without changing the fields it came from', () => {
    const created = TicketFields.none.with({ status: 'new', priority: 'P3' });
    const raised = created.with({ priority: 'P2', group: 'L2' });
    expect(created.toRecord()).toEqual({ status: 'new', priority: 'P3' });
    expect(raised.toRecord()).toEqual({ status: 'new', priority: 'P2', group: 'L2' });
    expect(raised.get('group')).toBe('L2');
    expect(created.get('group')).toBeUndefined();
    expect(TicketFields.none.get('status')).toBeUndefined();
  });
  it('keeps null apart from unset', () => {
    const f = TicketFields.none.with({ assignee: null });
    expect(f.get('assignee')).toBeNull();
    expect(f.get('group')).toBeUndefined();
  });
});
