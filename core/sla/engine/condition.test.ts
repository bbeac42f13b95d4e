import { describe, expect, it } from 'vitest';
import { parseWith } from '../../model/parse';
import { conditionSchema, matchCondition, type ConditionContext } from './condition';

const ctx = (
  now: Record<string, unknown>,
  before: Record<string, unknown> = {},
  eventType = 'update',
): ConditionContext => ({
  get: (f) => now[f],
  getBefore: (f) => before[f],
  eventType,
});

describe('conditions', () => {
  it('parse, naming a bad field', () => {
    expect(
      parseWith(conditionSchema, {
        all: [{ field: 'priority', eq: 'P1' }, { not: { event: 'created' } }],
      }).ok,
    ).toBe(true);
    expect(parseWith(conditionSchema, { field: 'priority', equals: 'P1' }).ok).toBe(false);
  });
  it('match values, sets, existence and combinations', () => {
    const c = ctx({ priority: 'P1', status: 'open', vip: true });
    expect(matchCondition({ field: 'priority', eq: 'P1' }, c)).toBe(true);
    expect(matchCondition({ field: 'status', in: ['new', 'open'] }, c)).toBe(true);
    expect(matchCondition({ field: 'status', notIn: ['open'] }, c)).toBe(false);
    expect(matchCondition({ field: 'group', exists: false }, c)).toBe(true);
    expect(
      matchCondition(
        {
          any: [
            { field: 'vip', eq: false },
            { field: 'priority', ne: 'P2' },
          ],
        },
        c,
      ),
    ).toBe(true);
    expect(matchCondition({ not: { field: 'vip', eq: true } }, c)).toBe(false);
  });
  it('see changes against the previous value, not a first value', () => {
    expect(
      matchCondition({ field: 'group', changed: true }, ctx({ group: 'B' }, { group: 'A' })),
    ).toBe(true);
    expect(matchCondition({ field: 'group', changed: true }, ctx({ group: 'A' }, {}))).toBe(false);
    expect(
      matchCondition({ field: 'group', changed: true }, ctx({ group: 'A' }, { group: 'A' })),
    ).toBe(false);
  });
  it('match the event kind', () => {
    expect(
      matchCondition({ event: ['agent_reply', 'customer_message'] }, ctx({}, {}, 'agent_reply')),
    ).toBe(true);
    expect(matchCondition({ event: 'created' }, ctx({}, {}, 'update'))).toBe(false);
  });
});
