import { describe, expect, it } from 'vitest';
import { parseWith } from '../../model/parse';
import { definitionSchema, policySchema } from './definitionSchema';

describe('definitionSchema (R14)', () => {
  it('accepts a built-in metric with goals and a custom one with conditions', () => {
    expect(
      parseWith(definitionSchema, {
        id: 'resolution',
        metric: 'resolution',
        calendar: 'bh',
        goals: [
          { when: { field: 'priority', eq: 'P1' }, target: '4h', calendar: null },
          { target: { businessDays: 3 } },
        ],
      }).ok,
    ).toBe(true);
    expect(
      parseWith(definitionSchema, {
        id: 'p1',
        metric: 'custom',
        target: { seconds: 14400 },
        conditions: {
          start: { field: 'priority', eq: 'P1' },
          stop: { field: 'status', eq: 'solved' },
        },
        retroactive: { startField: 'createdAt', includePausesSince: true },
        onTargetChange: 'restart',
      }).ok,
    ).toBe(true);
  });
  it('rejects zero and negative targets, naming the field', () => {
    const zero = parseWith(definitionSchema, {
      id: 'x',
      metric: 'resolution',
      target: { seconds: 0 },
    });
    expect(!zero.ok && zero.message).toMatch(/target/);
    const neg = parseWith(definitionSchema, { id: 'x', metric: 'resolution', target: '0h' });
    expect(!neg.ok && neg.message).toMatch(/'0h' is not a positive duration/);
    expect(
      parseWith(definitionSchema, { id: 'x', metric: 'resolution', target: { businessDays: 0 } })
        .ok,
    ).toBe(false);
  });
  it('accepts policies with targets by priority', () => {
    expect(
      parseWith(policySchema, {
        id: 'default',
        position: 1,
        filter: { all: [{ field: 'vip', eq: true }] },
        targets: [
          { metric: 'first_response', priority: 'P1', target: '15m', businessHours: false },
        ],
      }).ok,
    ).toBe(true);
  });
});
