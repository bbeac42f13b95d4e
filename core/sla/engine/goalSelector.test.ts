import { describe, expect, it } from 'vitest';
import type { ConditionContext } from './condition';
import { compileTarget, goalOf, goalSelector, policyGoal } from './goalSelector';

const ctx = (fields: Record<string, unknown>): ConditionContext => ({
  get: (f) => fields[f],
  getBefore: () => undefined,
  eventType: 'update',
});
const goal = (label: string) => goalOf('1h', null, label);

describe('goal selection (R39–R41)', () => {
  it('compiles every kind of target', () => {
    expect(compileTarget('1d 2h')).toEqual({ kind: 'duration', ms: 93_600_000 });
    expect(compileTarget({ seconds: 90 })).toEqual({ kind: 'duration', ms: 90_000 });
    expect(compileTarget({ businessDays: 3 })).toEqual({
      kind: 'businessDays',
      days: 3,
      endOfDay: false,
    });
    expect(compileTarget({ dueField: 'dueDate' })).toEqual({ kind: 'relative', field: 'dueDate' });
  });
  it('takes the first goal whose condition holds, by one field or by any condition', () => {
    const byPriority = goalSelector([
      { when: { field: 'priority', eq: 'P1' }, goal: goal('p1') },
      { when: { field: 'priority', eq: 'P2' }, goal: goal('p2') },
      { when: undefined, goal: goal('rest') },
    ]);
    expect(byPriority(ctx({ priority: 'P2' }))!.source).toBe('p2');
    expect(byPriority(ctx({ priority: 'P4' }))!.source).toBe('rest');
    const mixed = goalSelector([
      { when: { field: 'priority', in: ['P1', 'P2'] }, goal: goal('high') },
      { when: { field: 'group', eq: 'L3' }, goal: goal('l3') },
    ]);
    expect(mixed(ctx({ priority: 'P2', group: 'L3' }))!.source).toBe('high');
    expect(mixed(ctx({ priority: 'P4', group: 'L3' }))!.source).toBe('l3');
    expect(mixed(ctx({ priority: 'P4' }))).toBeNull();
  });
  it('answers each value as if asked first, whatever was asked before (the last answer is kept)', () => {
    const byPriority = goalSelector([
      { when: { field: 'priority', eq: 'P1' }, goal: goal('p1') },
      { when: { field: 'priority', eq: 'P2' }, goal: goal('p2') },
    ]);
    const asked = ['P2', 'P2', 'P1', 'P9', 'P9', null, 'P1', undefined, 'P2'];
    expect(asked.map((p) => byPriority(ctx({ priority: p }))?.source ?? null)).toEqual([
      'p2',
      'p2',
      'p1',
      null,
      null,
      null,
      'p1',
      null,
      'p2',
    ]);
  });
  it('orders policies by position, never by name (R39)', () => {
    const select = policyGoal(
      [
        {
          id: 'b',
          position: 2,
          targets: [{ metric: 'resolution', target: '8h' }],
        },
        {
          id: 'a',
          position: 1,
          filter: { all: [{ field: 'group', eq: 'L2' }] },
          targets: [{ metric: 'resolution', priority: 'P1', target: '2h' }],
        },
      ],
      'resolution',
    );
    expect(select(ctx({ group: 'L2', priority: 'P1' }))!.target).toEqual({
      kind: 'duration',
      ms: 7_200_000,
    });
    expect(select(ctx({ group: 'L1', priority: 'P1' }))!.source).toMatch(/policy 'b'/);
    expect(select(ctx({ group: 'L2', priority: 'P3' }))).toBeNull();
  });
});
