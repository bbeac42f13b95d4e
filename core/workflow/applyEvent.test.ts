import { describe, expect, it } from 'vitest';
import type { NewTicketEvent } from '../model/event';
import { applyEvent } from './applyEvent';
import { actors, at, l1Ticket } from './testing/workflowFixtures';

const attachment = {
  id: '01JD8Z5Q9X7YB3C4D5E6F7G8HA',
  kind: 'screenshot',
  contentType: 'image/png',
  bytes: 1200,
  sha256: 'a'.repeat(64),
  createdAt: at(2),
} as const;

describe('applyEvent', () => {
  it('starts a ticket from its created event, as a copy', () => {
    const t = l1Ticket();
    const started = applyEvent(null, {
      type: 'created',
      at: t.createdAt,
      actor: actors.reporter,
      ticket: t,
    });
    expect(started).toEqual(t);
    expect(started).not.toBe(t);
  });

  it('refuses any other event without a ticket', () => {
    expect(() =>
      applyEvent(null, { type: 'assigned', at: at(1), actor: actors.l1, assignee: 'x' }),
    ).toThrow(/starts with "created"/);
  });

  it('folds the events the hub records besides actions', () => {
    const t = l1Ticket();
    const withFile = applyEvent(t, {
      type: 'attachment_added',
      at: at(2),
      actor: actors.reporter,
      attachment,
    });
    expect(withFile.attachments).toEqual([attachment]);
    // The same attachment twice (a retried upload) is kept once.
    expect(
      applyEvent(withFile, {
        type: 'attachment_added',
        at: at(3),
        actor: actors.reporter,
        attachment,
      }).attachments,
    ).toHaveLength(1);
    const linked = applyEvent(t, {
      type: 'incident_linked',
      at: at(4),
      actor: actors.system,
      incidentId: '01JD8Z5Q9X7YB3C4D5E6F7G8HB',
      major: true,
    });
    expect(linked).toMatchObject({
      incidentId: '01JD8Z5Q9X7YB3C4D5E6F7G8HB',
      majorIncident: true,
      updatedAt: at(4),
    });
  });

  it('leaves the ticket as it is on SLA observations', () => {
    const t = l1Ticket();
    const events: NewTicketEvent[] = [
      {
        type: 'sla_threshold',
        at: at(30),
        actor: actors.system,
        timer: 'first_response',
        percent: 75,
      },
      {
        type: 'sla_breached',
        at: at(60),
        actor: actors.system,
        timer: 'first_response',
        dueAt: at(60),
      },
    ];
    for (const e of events) expect(applyEvent(t, e)).toBe(t);
  });

  it('changes the status only on status_changed', () => {
    const t = l1Ticket();
    const resolved = applyEvent(t, {
      type: 'resolved',
      at: at(5),
      actor: actors.l1,
      resolution: 'Reset',
    });
    expect(resolved).toMatchObject({ status: 'new', resolvedAt: at(5), resolution: 'Reset' });
    expect(
      applyEvent(resolved, {
        type: 'status_changed',
        at: at(5),
        actor: actors.l1,
        from: 'new',
        to: 'resolved',
      }).status,
    ).toBe('resolved');
  });

  it('takes a triage with a new classification, and ticks and unticks runbook steps', () => {
    const t = l1Ticket();
    const classification = { ...t.classification, category: 'email', confidence: 0.95 };
    const triaged = applyEvent(t, {
      type: 'triaged',
      at: at(1),
      actor: actors.system,
      category: 'email',
      tier: 'L1',
      classification,
    });
    expect(triaged).toMatchObject({ category: 'email', classification });
    const step = 'Check the mailbox quota';
    const ticked = applyEvent(triaged, {
      type: 'runbook_step',
      at: at(2),
      actor: actors.l1,
      step,
      done: true,
    });
    expect(ticked.runbookDone).toEqual([step]);
    expect(
      applyEvent(ticked, { type: 'runbook_step', at: at(3), actor: actors.l1, step, done: false })
        .runbookDone,
    ).toEqual([]);
  });
});
