import { describe, expect, it } from 'vitest';
import { compileSlaSetup } from './compileSlaCase';
import { factField, instantOf, retroactiveStart, StepContext } from './stepContext';
import { foldTicketFacts } from './ticketFacts';

const setup = compileSlaSetup({
  calendars: [],
  definitions: [{ id: 'r', metric: 'resolution', target: '8h' }],
  statusMap: { waiting: 'pending' },
});
const options = { statusOf: setup.statusOf };
const created = foldTicketFacts(
  null,
  { at: '', type: 'created', set: { group: 'L1' } },
  0,
  options,
);
const moved = foldTicketFacts(
  created.after,
  { at: '', type: 'update', set: { group: 'L2', status: 'waiting' } },
  60_000,
  options,
);

describe('StepContext', () => {
  it('reads fields after and before the step, the event kind, categories and names', () => {
    const ctx = new StepContext(setup, moved);
    expect([ctx.get('group'), ctx.getBefore('group'), ctx.eventType]).toEqual([
      'L2',
      'L1',
      'update',
    ]);
    expect([ctx.get('status'), ctx.get('statusName')]).toEqual(['pending', 'waiting']);
    expect(ctx.get('createdAt')).toBe('1970-01-01T00:00:00.000Z');
  });
  it('gives a missing priority the default (R41) and nothing before the first step', () => {
    expect(factField(setup, created.after, 'priority')).toBe('P3');
    expect(factField(setup, null, 'group')).toBeUndefined();
    expect(instantOf('2025-06-02T09:00:00Z')).toBe(Date.parse('2025-06-02T09:00:00Z'));
    expect(instantOf('soon')).toBeNull();
  });
});

describe('retroactiveStart', () => {
  it('counts from the start field read as an instant, else from creation (R27)', () => {
    const def = setup.definitions.get('r')![0]!;
    const withField = { ...def, input: { ...def.input, retroactive: { startField: 'since' } } };
    const f = foldTicketFacts(
      moved.after,
      { at: '', type: 'update', set: { since: '1970-01-01T00:00:30Z' } },
      120_000,
      options,
    ).after;
    expect(retroactiveStart(setup, withField, f)).toBe(30_000);
    expect(retroactiveStart(setup, withField, moved.after)).toBe(0); // no such field: creation
    expect(retroactiveStart(setup, def, f)).toBe(0);
  });
});
