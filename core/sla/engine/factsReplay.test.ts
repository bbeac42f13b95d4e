import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FactsReplay } from './factsReplay';
import {
  foldTicketFacts,
  type FactsOptions,
  type FactsStep,
  type TicketFacts,
} from './ticketFacts';
import type { StatusCategory } from './definitionSchema';
import type { CaseEvent } from './slaCaseSchema';

const options: FactsOptions = {
  statusOf: (raw) => raw as StatusCategory,
  majorField: 'majorIncident',
};

const plain = (f: TicketFacts | null) => (f ? { ...f, fields: f.fields.toRecord() } : null);
const plainStep = (s: FactsStep) => ({ ...s, before: plain(s.before), after: plain(s.after) });

const eventArb: fc.Arbitrary<CaseEvent | null> = fc.oneof(
  fc.constant(null),
  fc.record(
    {
      at: fc.constant(''),
      type: fc.constantFrom('update', 'agent_reply', 'internal_note', 'customer_message'),
      set: fc.dictionary(
        fc.constantFrom('status', 'group', 'priority', 'majorIncident'),
        fc.constantFrom<string | boolean | null>(
          true,
          false,
          'open',
          'pending',
          'solved',
          'closed',
          'L1',
          'L2',
          'P2',
          null,
        ),
      ),
      public: fc.boolean(),
    },
    { requiredKeys: ['at', 'type'] },
  ),
);

describe('FactsReplay', () => {
  it('folds each step to what foldTicketFacts gives, without an object per event', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 25 }), fc.boolean(), (events, byAgent) => {
        const replay = new FactsReplay(options);
        const created: CaseEvent = {
          at: '',
          type: 'created',
          by: byAgent ? 'agent' : 'customer',
          set: { priority: 'P3' },
        };
        let expected = foldTicketFacts(null, created, 0, options);
        const step = replay.fold(created, 0);
        expect(plainStep(step)).toEqual(plainStep(expected));
        events.forEach((event, k) => {
          const at = (k + 1) * 60_000;
          // A null event is a step that changes nothing: before and after alike.
          expected = event
            ? foldTicketFacts(expected.after, event, at, options)
            : {
                ...expected,
                at,
                type: 'update',
                before: expected.after,
                response: false,
                customerMessage: false,
                reopened: false,
              };
          expect(replay.fold(event, at)).toBe(step);
          expect(plainStep(step)).toEqual(plainStep(expected));
        });
      }),
      { numRuns: 300 },
    );
  });
  it('starts unstarted, with nothing before the first step', () => {
    const replay = new FactsReplay(options);
    expect(replay.started).toBe(false);
    expect(replay.fold({ at: '', type: 'created' }, 5).before).toBeNull();
    expect(replay.started).toBe(true);
    expect(replay.step.after.status).toBe('new');
  });
});
