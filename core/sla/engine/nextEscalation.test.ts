import { describe, expect, it } from 'vitest';
import { runCase } from '../testing/runCase';
import { compileSlaSetup } from './compileSlaCase';
import { nextEscalation } from './nextEscalation';
import { createInstance } from './slaInstance';
import { applyGoal } from './applyGoal';
import { foldTicketFacts } from './ticketFacts';

const H = 3_600_000;
const setup = compileSlaSetup({
  definitions: [
    { id: 'o', metric: 'ownership', target: '2h', onBreach: { set: { group: 'L2' } } },
    { id: 'p', metric: 'ownership', target: '1h' },
  ],
});
const facts = foldTicketFacts(null, { at: '', type: 'created', set: { group: 'L1' } }, 0, {
  statusOf: setup.statusOf,
}).after;

function running(id: string) {
  const def = setup.definitions.get(id)![0]!;
  const goal = def.selectGoal({ get: () => null, getBefore: () => null, eventType: 'created' })!;
  const inst = createInstance(def, 1, goal, 0, 0);
  applyGoal(setup, inst, goal, facts, `definitions.${id}`);
  return inst;
}

describe('nextEscalation (R45)', () => {
  it('finds the breach of a timer that escalates, not before the last step', () => {
    const o = running('o');
    const p = running('p'); // breaches first, but has no escalation rule
    expect(nextEscalation([p, o], 0, H)).toBeNull();
    expect(nextEscalation([p, o], 0, 3 * H)).toEqual({ inst: o, at: 2 * H });
    expect(nextEscalation([o], 2.5 * H, 3 * H)).toEqual({ inst: o, at: 2.5 * H });
    o.escalated = true;
    expect(nextEscalation([o], 0, 3 * H)).toBeNull();
  });
  it('reassigns at the breach instant in a replay', () => {
    const { timer } = runCase({
      definitions: [
        { id: 'o', metric: 'ownership', target: '2h', onBreach: { set: { group: 'L2' } } },
      ],
      events: [{ at: '2025-06-02T09:00:00Z', type: 'created', set: { group: 'L1' } }],
      now: '2025-06-02T12:00:00Z',
    });
    expect(timer('o#2').startTime).toBe('2025-06-02T11:00:00.000Z');
  });
});
