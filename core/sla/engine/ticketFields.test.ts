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

describe('TicketFields in place', () => {
  it('assigns and copies as `with` would, changing only the mutable fields', () => {
    const f = TicketFields.mutable();
    f.assign({ status: 'new', priority: 'P3' });
    f.assign({ priority: 'P2', group: 'L2' });
    expect(f.toRecord()).toEqual(
      TicketFields.none
        .with({ status: 'new', priority: 'P3' })
        .with({ priority: 'P2', group: 'L2' })
        .toRecord(),
    );
    const g = TicketFields.mutable();
    f.copyChangesTo(g); // g: what f is now
    expect(g.toRecord()).toEqual({ status: 'new', priority: 'P2', group: 'L2' });
    f.assign({ priority: 'P1', assignee: 'sam' });
    f.assign({ group: 'L2' }); // no change
    expect(g.get('priority')).toBe('P2');
    f.copyChangesTo(g);
    expect(g.toRecord()).toEqual(f.toRecord());
    expect(TicketFields.none.toRecord()).toEqual({});
  });
});

describe('TicketFields by index', () => {
  it('sets a layout’s fields by index as assign sets them by name', () => {
    const byIndex = TicketFields.mutable(['status', 'priority', 'group']);
    expect(byIndex.get('status')).toBeUndefined();
    byIndex.setAt(0, 'new');
    byIndex.setAt(1, 'P3');
    byIndex.setAt(2, 'L1');
    const byName = TicketFields.mutable();
    byName.assign({ status: 'new', priority: 'P3', group: 'L1' });
    expect(byIndex.toRecord()).toEqual(byName.toRecord());
    expect(byIndex.indexOf('priority')).toBe(1);
    expect(byIndex.indexOf('assignee')).toBe(-1);
    expect(byIndex.valueAt(2)).toBe('L1');
    // The before-side learns the changes made by index, like those made by name.
    const before = TicketFields.mutable(['status', 'priority', 'group']);
    byIndex.copyChangesTo(before);
    byIndex.setAt(1, 'P1');
    byIndex.setAt(2, 'L1'); // no change
    expect(before.get('priority')).toBe('P3');
    byIndex.copyChangesTo(before);
    expect(before.toRecord()).toEqual({ status: 'new', priority: 'P1', group: 'L1' });
    expect(TicketFields.mutable().valueAt(3)).toBeUndefined();
  });
});
