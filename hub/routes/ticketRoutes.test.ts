import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft, startTestHub, type TestHub } from '../testing/testHub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

async function submit(overrides = {}) {
  const res = await hub.request('/v1/tickets', {
    method: 'POST',
    as: 'key',
    json: draft(overrides),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; number: string; reporterToken: string; tier: string };
}

const act = (
  id: string,
  as: Parameters<TestHub['request']>[1] extends infer I
    ? I extends { as?: infer A }
      ? A
      : never
    : never,
  action: unknown,
  reporter?: string,
) =>
  hub.request(`/v1/tickets/${id}/actions`, {
    method: 'POST',
    as,
    json: action,
    ...(reporter ? { reporter } : {}),
  });

/** A ticket at L1 (a lead triages it there first, whatever the classifier said). */
async function l1Ticket() {
  // Past the incident window: similar reports minutes apart would be grouped as an incident.
  hub.advance(31 * 60_000);
  const t = await submit({
    summary: 'Forgot my password',
    description: 'I need a password reset please',
  });
  const res = await act(t.id, 'lead', {
    type: 'reclassify',
    category: 'password_reset',
    reason: 'the user forgot the password',
  });
  expect(res.status).toBe(200);
  return t;
}

describe('POST /v1/tickets/:id/actions', () => {
  it('walks a ticket through the workflow, each step an event, each role within its tier', async () => {
    const t = await l1Ticket();
    const ack = await act(t.id, 'L1', { type: 'acknowledge', message: 'Looking at it' });
    expect(ack.status).toBe(200);
    const acked = await ack.json();
    expect(acked.ticket.status).toBe('in_progress');
    expect(acked.events.map((e: { type: string }) => e.type)).toContain('acknowledged');

    const again = await act(t.id, 'L1', { type: 'acknowledge' });
    expect(again.status).toBe(422);
    expect((await again.json()).error.code).toBe('workflow_rejected');

    const thin = await act(t.id, 'L1', { type: 'escalate', to: 'L2', notes: 'x' });
    expect(thin.status).toBe(422);
    const up = await act(t.id, 'L1', {
      type: 'escalate',
      to: 'L2',
      notes: 'Reset the password twice; the directory still rejects the login.',
    });
    expect(up.status).toBe(200);
    expect((await up.json()).ticket.tier).toBe('L2');

    const notMine = await act(t.id, 'L1', { type: 'resolve', resolution: 'done' });
    expect(notMine.status).toBe(403);
    expect((await notMine.json()).error.code).toBe('forbidden');

    const ask = await act(t.id, 'L2', {
      type: 'request_info',
      question: 'Which browser do you use?',
    });
    expect((await ask.json()).ticket.status).toBe('waiting_on_user');
    const reply = await act(
      t.id,
      'none',
      { type: 'user_replied', body: 'Firefox 140' },
      t.reporterToken,
    );
    expect(reply.status).toBe(200);
    expect((await reply.json()).ticket.status).toBe('in_progress');

    const resolved = await act(t.id, 'L2', {
      type: 'resolve',
      resolution: 'Unlocked the directory account.',
    });
    expect((await resolved.json()).ticket.status).toBe('resolved');
    const reopened = await act(
      t.id,
      'none',
      { type: 'reopen', reason: 'It happened again this morning' },
      t.reporterToken,
    );
    expect(reopened.status).toBe(200);
    expect((await reopened.json()).ticket.status).toBe('in_progress');

    const types = (await hub.store.events(t.id)).map((e) => e.type);
    expect(types[0]).toBe('created');
    expect(types).toEqual(
      expect.arrayContaining([
        'reclassified',
        'acknowledged',
        'escalated',
        'info_requested',
        'user_replied',
        'resolved',
        'reopened',
      ]),
    );
    expect((await hub.store.events(t.id)).map((e) => e.seq)).toEqual(types.map((_, i) => i + 1));
  });

  it('lets a reporter reply and reopen only, and only on their own ticket', async () => {
    const t = await l1Ticket();
    const other = await l1Ticket();
    const resolve = await act(
      t.id,
      'none',
      { type: 'resolve', resolution: 'fixed it myself' },
      t.reporterToken,
    );
    expect(resolve.status).toBe(403);
    const elsewhere = await act(
      other.id,
      'none',
      { type: 'user_replied', body: 'hello' },
      t.reporterToken,
    );
    expect(elsewhere.status).toBe(403);
    const nobody = await act(t.id, 'none', { type: 'user_replied', body: 'hello' });
    expect(nobody.status).toBe(401);
    const forged = await act(
      t.id,
      'none',
      { type: 'user_replied', body: 'hello' },
      'rt_' + 'A'.repeat(43),
    );
    expect(forged.status).toBe(401);
    expect((await hub.store.events(t.id)).map((e) => e.type)).toEqual([
      'created',
      'reclassified',
      'status_changed',
    ]);
  });

  it('refuses malformed actions, unknown agents and unknown tickets without storing anything', async () => {
    const t = await l1Ticket();
    const before = (await hub.store.events(t.id)).length;
    expect((await act(t.id, 'L1', { type: 'dance' })).status).toBe(400);
    expect(
      (await act(t.id, 'L1', { type: 'comment', body: 'hi', visibility: 'public', extra: 1 }))
        .status,
    ).toBe(400);
    const ghost = await act(t.id, 'L1', { type: 'assign', assignee: 'nobody-here' });
    expect(ghost.status).toBe(422);
    expect((await act('01JD8Z5Q9X7YB3C4D5E6F7G8H9', 'L1', { type: 'acknowledge' })).status).toBe(
      404,
    );
    expect(await hub.store.events(t.id)).toHaveLength(before);
  });

  it('assigns to an agent, and the queue finds it with assignee=me', async () => {
    const t = await l1Ticket();
    expect((await act(t.id, 'L1', { type: 'assign', assignee: 'agent-l1' })).status).toBe(200);
    const mine = await (await hub.request('/v1/queue?assignee=me&limit=200', { as: 'L1' })).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(t.id);
    const theirs = await (
      await hub.request('/v1/queue?assignee=me&limit=200', { as: 'L2' })
    ).json();
    expect(theirs.items.map((i: { id: string }) => i.id)).not.toContain(t.id);
  });
});

describe('GET /v1/tickets/:id', () => {
  it('answers the ticket view: ticket, events, SLA state, runbook, known issues, incident, similar', async () => {
    const t = await l1Ticket();
    const res = await hub.request(`/v1/tickets/${t.id}`, { as: 'L1' });
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view.ticket.id).toBe(t.id);
    expect(view.events.map((e: { type: string }) => e.type).slice(0, 2)).toEqual([
      'created',
      'reclassified',
    ]);
    expect(view.sla.nextDueAt).toEqual(expect.any(String));
    expect(view.runbook.length).toBeGreaterThan(0);
    expect(view.knownIssues).toEqual(expect.any(Array));
    expect(view.incident).toBeNull();
    expect(view.similar).toEqual(expect.any(Array));
  });

  it('needs an agent token and a known ticket', async () => {
    const t = await l1Ticket();
    expect((await hub.request(`/v1/tickets/${t.id}`)).status).toBe(401);
    expect((await hub.request(`/v1/tickets/${t.id}`, { as: 'key' })).status).toBe(401);
    expect((await hub.request('/v1/tickets/nope', { as: 'L1' })).status).toBe(404);
  });
});
