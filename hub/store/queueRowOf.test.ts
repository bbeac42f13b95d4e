import { describe, expect, it } from 'vitest';
import { ticketRecord } from './contract/contractFixtures';
import { isOpenStatus, noDueSort, queueRowOf } from './queueRowOf';

describe('queueRowOf', () => {
  it('sorts by the next due instant in ms, none last, then by the number', () => {
    const due = queueRowOf(ticketRecord({ n: 42, dueIn: 30 }));
    expect(due.dueSort).toBe(Date.parse(due.nextDueAt!));
    expect(due.numberSeq).toBe(1042);
    const none = queueRowOf(ticketRecord({ n: 7, dueIn: null }));
    expect(none.dueSort).toBe(noDueSort);
    expect(none.dueSort).toBeGreaterThan(Date.parse('9999-12-31T23:59:59Z'));
  });

  it('needs triage while the category is still the unsure guess, not once reclassified', () => {
    const record = ticketRecord({ n: 1 });
    const unsure = { ...record.ticket.classification, needsTriage: true };
    const guessed = { ...record, ticket: { ...record.ticket, classification: unsure } };
    expect(queueRowOf(guessed).needsTriage).toBe(true);
    const reclassified = { ...guessed, ticket: { ...guessed.ticket, category: 'network' } };
    expect(queueRowOf(reclassified).needsTriage).toBe(false);
  });

  it('counts new, triaged, in progress and waiting on the user as open', () => {
    expect(
      ['new', 'triaged', 'in_progress', 'waiting_on_user'].every((s) => isOpenStatus(s as never)),
    ).toBe(true);
    expect(isOpenStatus('resolved')).toBe(false);
    expect(isOpenStatus('closed')).toBe(false);
  });
});
