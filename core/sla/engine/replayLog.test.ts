import { describe, expect, it } from 'vitest';
import { FactsReplay } from './factsReplay';
import { CaseEventLog } from './replayLog';
import type { CaseEvent } from './slaCaseSchema';
import type { StatusCategory } from './definitionSchema';

describe('CaseEventLog', () => {
  it('gives each event at its instant, folded as FactsReplay folds it, then stops', () => {
    const events: CaseEvent[] = [
      { at: '', type: 'created', set: { priority: 'P3' } },
      { at: '', type: 'agent_reply' },
    ];
    const log = new CaseEventLog(events, [5, 9]);
    const facts = new FactsReplay({ statusOf: (raw) => raw as StatusCategory });
    expect(log.next()).toBe(true);
    expect(log.at).toBe(5);
    expect(log.fold(facts).after.createdAt).toBe(5);
    expect(log.next()).toBe(true);
    expect(log.fold(facts)).toMatchObject({ at: 9, type: 'agent_reply', response: true });
    expect(log.next()).toBe(false);
  });
});
