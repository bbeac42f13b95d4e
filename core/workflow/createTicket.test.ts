import { describe, expect, it } from 'vitest';
import type { Classification } from '../model/classification';
import { parseWith } from '../model/parse';
import { ticketStateSchema } from '../model/ticketState';
import { ticketEventSchema } from '../model/event';
import { sampleDraft } from '../testing/sampleTicket';
import { createTicket } from './createTicket';
import { replayTicket } from './replayTicket';
import { actors, at } from './testing/workflowFixtures';

const classification: Classification = {
  category: 'app_defect',
  tier: 'L2',
  confidence: 0.8,
  needsTriage: false,
  reasons: [],
};

describe('createTicket', () => {
  it('makes a new, valid ticket at the hub receive time, classified and numbered', () => {
    const draft = sampleDraft({ createdAt: '2026-11-02T08:00:00.000Z' });
    const { ticket, event } = createTicket({
      draft,
      number: 'TD-1042',
      appName: 'Payroll',
      classification,
      priority: 'P4',
      now: at(1),
      actor: actors.reporter,
    });
    expect(parseWith(ticketStateSchema, ticket).ok).toBe(true);
    expect(ticket).toMatchObject({
      id: draft.id,
      number: 'TD-1042',
      app: { id: 'payroll', name: 'Payroll', version: '3.2.1', environment: 'production' },
      category: 'app_defect',
      tier: 'L2',
      priority: 'P4',
      status: 'new',
      assignee: null,
      createdAt: at(1),
      updatedAt: at(1),
    });
    expect(ticket).not.toHaveProperty('context');
    expect(parseWith(ticketEventSchema, { ...event, seq: 1 }).ok).toBe(true);
    expect(replayTicket([event])).toEqual(ticket);
  });

  it('omits the app version and environment the draft did not give', () => {
    const { ticket } = createTicket({
      draft: sampleDraft({ app: { id: 'crm' } }),
      number: 'TD-7',
      appName: 'CRM',
      classification,
      priority: 'P3',
      now: at(0),
      actor: actors.system,
    });
    expect(ticket.app).toEqual({ id: 'crm', name: 'CRM' });
  });
});
