import { describe, expect, it } from 'vitest';
import { foldTicketFacts, type FactsOptions } from './ticketFacts';
import type { StatusCategory } from './definitionSchema';

const options: FactsOptions = { statusOf: (raw) => raw as StatusCategory };

describe('foldTicketFacts', () => {
  const created = foldTicketFacts(
    null,
    { at: '', type: 'created', set: { priority: 'P2' } },
    0,
    options,
  );
  it('starts new, counting the creation as a customer message', () => {
    expect(created.after.status).toBe('new');
    expect(created.after.unansweredSince).toBe(0);
    expect(created.customerMessage).toBe(true);
  });
  it('counts public agent replies as responses, internal notes never (R31)', () => {
    const note = foldTicketFacts(
      created.after,
      { at: '', type: 'agent_reply', public: false },
      5,
      options,
    );
    expect(note.response).toBe(false);
    const reply = foldTicketFacts(
      note.after,
      { at: '', type: 'agent_reply', channel: 'email' },
      10,
      options,
    );
    expect(reply.after.firstResponseAt).toBe(10);
    expect(reply.after.unansweredSince).toBeNull();
    const phoneOnly = foldTicketFacts(
      created.after,
      { at: '', type: 'agent_reply', channel: 'email' },
      10,
      {
        ...options,
        qualifyingChannels: ['phone'],
      },
    );
    expect(phoneOnly.response).toBe(false);
  });
  it('keeps the oldest unanswered customer message (R32) and sees reopens (R30)', () => {
    const m1 = foldTicketFacts(created.after, { at: '', type: 'customer_message' }, 20, options);
    expect(m1.after.unansweredSince).toBe(0);
    const solved = foldTicketFacts(
      m1.after,
      { at: '', type: 'update', set: { status: 'solved' } },
      30,
      options,
    );
    expect(solved.after.solvedAt).toBe(30);
    const reopened = foldTicketFacts(
      solved.after,
      { at: '', type: 'update', set: { status: 'open' } },
      40,
      options,
    );
    expect(reopened.reopened).toBe(true);
    expect(reopened.after.reopenedAt).toBe(40);
  });
  it('tracks when the current group took the ticket', () => {
    const l1 = foldTicketFacts(
      created.after,
      { at: '', type: 'update', set: { group: 'L1' } },
      7,
      options,
    );
    const same = foldTicketFacts(
      l1.after,
      { at: '', type: 'update', set: { priority: 'P1' } },
      8,
      options,
    );
    const l2 = foldTicketFacts(
      same.after,
      { at: '', type: 'update', set: { group: 'L2' } },
      9,
      options,
    );
    expect([l1.after.groupSince, same.after.groupSince, l2.after.groupSince]).toEqual([7, 7, 9]);
  });
});
