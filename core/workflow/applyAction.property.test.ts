// Property-based tests of the workflow: random action sequences by random actors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/agent';
import { impacts, priorities, tiers, urgencies } from '../model/enums';
import { ticketEventSchema, type TicketEvent } from '../model/event';
import { parseWith } from '../model/parse';
import { ticketStateSchema, type Ticket } from '../model/ticketState';
import { allowedActions } from './allowedActions';
import { applyAction } from './applyAction';
import { replayTicket } from './replayTicket';
import { ticketActionTypes, type TicketAction } from './ticketAction';
import { actors, config, l1Ticket } from './testing/workflowFixtures';

const categories = [...config.taxonomy.map((c) => c.id), 'no_such_category'];
const startCategories = ['password_reset', 'network', 'database', 'email'];
const steps = [
  ...config.taxonomy.filter((c) => startCategories.includes(c.id)).flatMap((c) => c.runbook),
  'Not a step',
];
const texts = [
  'Duplicate of TD-1000',
  'x',
  '   ',
  'Reset the password, sign-in still fails',
  'asdf asdf asdf asdf',
];

const text = fc.constantFrom(...texts);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Any action, with fields that are sometimes right and sometimes wrong. */
const action: fc.Arbitrary<TicketAction> = fc
  .oneof(
    {
      arbitrary: fc.oneof(
        fc.record({
          type: fc.constant('reclassify'),
          category: fc.constantFrom(...categories),
          tier: maybe(fc.constantFrom(...tiers)),
          reason: text,
        }),
        fc.record({
          type: fc.constant('change_priority'),
          priority: maybe(fc.constantFrom(...priorities)),
          impact: maybe(fc.constantFrom(...impacts)),
          urgency: maybe(fc.constantFrom(...urgencies)),
          reason: text,
        }),
        fc.record({
          type: fc.constant('assign'),
          assignee: fc.constantFrom('lena', 'omar', 'kai', null),
        }),
        fc.record({ type: fc.constant('acknowledge'), message: maybe(text) }),
        fc.record({
          type: fc.constant('comment'),
          body: text,
          visibility: fc.constantFrom('public', 'internal'),
        }),
        fc.record({ type: fc.constant('request_info'), question: text }),
        fc.record({ type: fc.constant('user_replied'), body: text }),
        fc.record({ type: fc.constant('escalate'), to: fc.constantFrom(...tiers), notes: text }),
        fc.record({
          type: fc.constant('runbook_step'),
          step: fc.constantFrom(...steps),
          done: fc.boolean(),
        }),
        fc.record({
          type: fc.constant('resolve'),
          resolution: text,
          knownIssueId: maybe(fc.constant('ki-vpn')),
        }),
        fc.record({ type: fc.constant('reopen'), reason: text }),
      ),
      weight: 20,
    },
    // Closing ends a sequence: rarer, so that most sequences get far.
    { arbitrary: fc.record({ type: fc.constant('close'), reason: maybe(text) }), weight: 1 },
  )
  .map((a) => JSON.parse(JSON.stringify(a)) as TicketAction); // drop `undefined` fields

const actor: fc.Arbitrary<Actor> = fc.constantFrom(...Object.values(actors));
/** Minutes between actions: often seconds apart, sometimes past the reopen window. */
const gap = fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 30 * 24 * 60 }));
const sequence = fc.array(fc.tuple(actor, action, gap), { minLength: 1, maxLength: 40 });
const start = fc.record({
  tier: fc.constantFrom(...tiers),
  category: fc.constantFrom(...startCategories),
});

describe('applyAction on random sequences', () => {
  it('keeps the ticket valid, the log contiguous and replayable, and rejections harmless', () => {
    fc.assert(
      fc.property(start, sequence, (initial, seq) => {
        let ticket: Ticket = l1Ticket(initial);
        const log: TicketEvent[] = [
          { seq: 1, type: 'created', at: ticket.createdAt, actor: actors.reporter, ticket },
        ];
        let clock = Date.parse(ticket.createdAt);
        for (const [who, act, minutes] of seq) {
          clock += minutes * 60_000;
          const now = new Date(clock).toISOString();
          const before = JSON.stringify(ticket);
          const offered = allowedActions(ticket, who, config, now);
          const r = applyAction(ticket, act, who, now, config);
          if (!r.ok) {
            // Rejected: nothing changed, and the message is for a person.
            expect(JSON.stringify(ticket)).toBe(before);
            expect(r.error.message.length).toBeGreaterThan(10);
            continue;
          }
          expect(offered).toContain(act.type);
          expect(r.events.length).toBeGreaterThan(0);
          expect(ticket.status === 'closed').toBe(false);
          for (const e of r.events) {
            const stored = { ...e, seq: log.length + 1 } as TicketEvent;
            const parsed = parseWith(ticketEventSchema, stored);
            expect(parsed.ok, parsed.ok ? '' : parsed.message).toBe(true);
            log.push(stored);
          }
          ticket = r.ticket;
          const valid = parseWith(ticketStateSchema, ticket);
          expect(valid.ok, valid.ok ? '' : valid.message).toBe(true);
          expect(ticket.updatedAt).toBe(now);
          if (ticket.status === 'resolved')
            expect(ticket.resolvedAt && ticket.resolution).toBeTruthy();
          if (ticket.status === 'closed') expect(ticket.closedAt).toBe(now);
        }
        expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
        expect(replayTicket(log)).toEqual(ticket);
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts an action type it does not offer', () => {
    fc.assert(
      fc.property(start, actor, action, (initial, who, act) => {
        const ticket = l1Ticket(initial);
        const now = ticket.updatedAt;
        const r = applyAction(ticket, act, who, now, config);
        if (!allowedActions(ticket, who, config, now).includes(act.type)) expect(r.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('answers malformed actions with an invalid_action error, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ type: fc.constantFrom(...ticketActionTypes), extra: fc.anything() }),
          fc.record({ type: fc.string(), reason: fc.string() }),
        ),
        actor,
        (junk, who) => {
          const ticket = l1Ticket();
          const r = applyAction(ticket, junk as TicketAction, who, ticket.updatedAt, config);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.code).toBe('invalid_action');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
