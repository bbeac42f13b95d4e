import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft, startTestHub, testConfig, type TestHub } from '../testing/testHub';
import { sseClient } from '../testing/sseClient';
import { defaultSlaConfig } from '../domain/sla';
import { webhookSignature } from './webhookSender';

const secret = 'whsec_test_secret_0123456789';
const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    res.writeHead(204).end();
  });
});
let hub: TestHub;

beforeAll(async () => {
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  hub = await startTestHub({
    config: testConfig({
      hub: {
        rateLimits: { intakeClient: { perMinute: 100_000, burst: 10_000 } },
        webhooks: [{ url, secret, events: ['sla.threshold', 'sla.breach'] }],
      },
    }),
  });
});
afterAll(async () => {
  await hub.dispose();
  receiver.close();
});

describe('the SLA clock', () => {
  it('records thresholds and the breach when they happen, pushes them live and signs webhooks', async () => {
    const stream = await hub.request('/v1/stream', { as: 'L1' });
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const sse = sseClient(stream);
    const res = await hub.request('/v1/tickets', {
      method: 'POST',
      as: 'key',
      json: draft({ impact: 'organization', urgency: 'blocked' }),
    });
    const receipt = await res.json();
    expect(receipt.priority).toBe('P1');
    const created = await sse.next();
    expect(created.event).toBe('ticket');
    expect(created.data).toMatchObject({ id: receipt.id, priority: 'P1' });
    // The pushed item is the row as written (not read back): the same as the queue answers.
    const queue = await (await hub.request('/v1/queue?limit=200', { as: 'lead' })).json();
    expect(created.data).toEqual(
      (queue.items as Array<{ id: string }>).find((i) => i.id === receipt.id),
    );

    // 8 of the 15 first-response minutes: the 50 % threshold, recorded now (not back-dated).
    hub.advance(8 * 60_000);
    const atHalf = hub.context.now();
    expect(await hub.checkSla()).toBe(1);
    const threshold = (await hub.store.events(receipt.id)).find((e) => e.type === 'sla_threshold');
    expect(threshold).toMatchObject({ timer: 'first_response', percent: 50 });
    // Recorded when observed (the hub's clock at the check), not back-dated to the 50 % instant.
    const lag = Date.parse(threshold!.at) - Date.parse(atHalf);
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(5_000);
    expect(await hub.checkSla()).toBe(0);

    // Past the due time: 75 % and the breach.
    hub.advance(8 * 60_000);
    await hub.checkSla();
    const kinds = (await hub.store.events(receipt.id))
      .filter((e) => e.type.startsWith('sla_'))
      .map((e) => (e.type === 'sla_threshold' ? e.percent : 'breach'));
    expect(kinds).toEqual([50, 75, 'breach']);
    const row = (await hub.store.queueRow(receipt.id))!;
    expect(row.breached).toBe(true);

    const live: unknown[] = [];
    while (live.length < 3) {
      const m = await sse.next();
      if (m.event === 'sla') live.push(m.data);
    }
    expect(live).toEqual([
      {
        ticketId: receipt.id,
        number: receipt.number,
        timer: 'first_response',
        kind: 'threshold',
        percent: 50,
      },
      expect.objectContaining({ kind: 'threshold', percent: 75 }),
      expect.objectContaining({ kind: 'breach', percent: 100 }),
    ]);
    sse.close();

    await hub.webhooksIdle();
    expect(received.map((r) => r.headers['x-tierdesk-event'])).toEqual([
      'sla.threshold',
      'sla.threshold',
      'sla.breach',
    ]);
    for (const r of received) {
      const ts = String(r.headers['x-tierdesk-timestamp']);
      expect(r.headers['x-tierdesk-signature']).toBe(webhookSignature(secret, ts, r.body));
    }
    expect(JSON.parse(received[2]!.body).data).toMatchObject({
      ticketId: receipt.id,
      kind: 'breach',
    });
  });

  it('wakes by itself at the next SLA instant', async () => {
    const res = await hub.request('/v1/tickets', {
      method: 'POST',
      as: 'key',
      json: draft({ impact: 'organization', urgency: 'blocked' }),
    });
    const { id } = await res.json();
    // Jump to just before 50 %: the clock sleeps until then (real time), then records it.
    hub.advance(7.5 * 60_000 - 300);
    const deadline = Date.now() + 5000;
    while (
      !(await hub.store.events(id)).some((e) => e.type === 'sla_threshold') &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await hub.store.events(id)).filter((e) => e.type === 'sla_threshold')).toHaveLength(1);
  });
});

describe('SSE of one ticket', () => {
  it('sends the ticket and its new events to an agent and to its reporter', async () => {
    const receipt = await (
      await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() })
    ).json();
    const asReporter = sseClient(
      await hub.request(`/v1/tickets/${receipt.id}/stream?reporter_token=${receipt.reporterToken}`),
    );
    const asAgent = sseClient(
      await hub.request(`/v1/tickets/${receipt.id}/stream?access_token=${hub.tokens.L3}`),
    );
    const reply = await hub.request(`/v1/tickets/${receipt.id}/actions`, {
      method: 'POST',
      as: 'L3',
      json: { type: 'comment', body: 'On it', visibility: 'public' },
    });
    expect(reply.status).toBe(200);
    for (const sse of [asReporter, asAgent]) {
      const m = await sse.next();
      expect(m.event).toBe('ticket');
      expect((m.data as { events: Array<{ type: string }> }).events.map((e) => e.type)).toContain(
        'commented',
      );
      sse.close();
    }
    expect((await hub.request(`/v1/tickets/${receipt.id}/stream`)).status).toBe(401);
    expect((await hub.request('/v1/stream')).status).toBe(401);
  });

  it('resumes the queue stream after Last-Event-ID', async () => {
    const first = await (
      await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() })
    ).json();
    const live = hub.context.live;
    const lastId = live.since('queue', 0).find((e) => (e.data as { id?: string }).id === first.id)!;
    await hub.request('/v1/tickets', {
      method: 'POST',
      as: 'key',
      json: draft({ summary: 'The second one' }),
    });
    const sse = sseClient(
      await hub.request('/v1/stream', {
        as: 'L1',
        headers: { 'Last-Event-ID': live.eventId(lastId) },
      }),
    );
    const m = await sse.next();
    expect(m.event).toBe('ticket');
    const [epoch, n] = String(m.id).split('-');
    expect(epoch).toBe(live.epoch);
    expect(Number(n)).toBeGreaterThan(lastId.id);
    expect((m.data as { summary: string }).summary).toBe('The second one');
    sse.close();
  });

  it('asks a client whose Last-Event-ID it cannot answer for to read again, then streams on', async () => {
    // An id of another hub process (or of this one before a restart): what came after it is unknown.
    const sse = sseClient(
      await hub.request('/v1/stream', { as: 'L1', headers: { 'Last-Event-ID': 'elsewhere-5' } }),
    );
    const first = await sse.next();
    expect(first.event).toBe('resync');
    expect(first.data).toEqual({ reason: 'not_this_feed' });
    expect(first.id).toBe(hub.context.live.latestId());
    await hub.request('/v1/tickets', {
      method: 'POST',
      as: 'key',
      json: draft({ summary: 'After the resync' }),
    });
    let next = await sse.next();
    while (next.event !== 'ticket') next = await sse.next(); // an incident may form first
    expect((next.data as { summary: string }).summary).toBe('After the resync');
    sse.close();
  });
});

describe('SLA alerts from core slaAlerts (spec R25, R28)', () => {
  const deliveries: Array<{ event: string; data: { timer: string; kind: string } }> = [];
  const webhookFetch = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as (typeof deliveries)[number];
    deliveries.push(body);
    return new Response(null, { status: 204 });
  }) as typeof fetch;
  const hooks = [
    {
      url: 'https://hooks.example/sla',
      secret,
      events: ['sla.threshold' as const, 'sla.breach' as const],
    },
  ];
  const slaEvents = async (h: TestHub, id: string) =>
    (await h.store.events(id)).filter(
      (e) => e.type === 'sla_threshold' || e.type === 'sla_breached',
    );

  it('records a breach a priority change undid as retracted, without notifying, and a later breach again', async () => {
    deliveries.length = 0;
    // Monday 10:00 UTC: P3's 4 business hours run to 14:00 the same day.
    const h = await startTestHub({
      startAt: '2026-11-02T10:00:00.000Z',
      webhookFetch,
      config: testConfig({ hub: { webhooks: hooks } }),
    });
    try {
      const receipt = await (
        await h.request('/v1/tickets', {
          method: 'POST',
          as: 'key',
          json: draft({ impact: 'organization', urgency: 'blocked' }),
        })
      ).json();
      h.advance(16 * 60_000);
      await h.checkSla();
      await h.webhooksIdle();
      expect(deliveries.filter((d) => d.event === 'sla.breach')).toHaveLength(1);

      const lowered = await h.request(`/v1/tickets/${receipt.id}/actions`, {
        method: 'POST',
        as: 'lead',
        json: { type: 'change_priority', priority: 'P3', reason: 'one user, a workaround exists' },
      });
      expect(lowered.status).toBe(200);
      const { events } = (await lowered.json()) as { events: Array<Record<string, unknown>> };
      expect(events).toContainEqual(
        expect.objectContaining({ type: 'sla_breached', timer: 'first_response', retracted: true }),
      );
      expect((await h.store.queueRow(receipt.id))!.breached).toBe(false);
      await h.webhooksIdle();
      // The retraction is recorded, not announced.
      expect(deliveries.filter((d) => d.event === 'sla.breach')).toHaveLength(1);

      // Past 14:00 the P3 target is missed: a new breach, announced; thresholds are not repeated.
      h.advance(4 * 3_600_000);
      await h.checkSla();
      await h.webhooksIdle();
      const recorded = (await slaEvents(h, receipt.id))
        .filter((e) => e.timer === 'first_response')
        .map((e) =>
          e.type === 'sla_threshold' ? e.percent : e.retracted ? 'retracted' : 'breach',
        );
      expect(recorded).toEqual([50, 75, 'breach', 'retracted', 'breach']);
      expect(deliveries.filter((d) => d.event === 'sla.breach')).toHaveLength(2);
      expect((await h.store.queueRow(receipt.id))!.breached).toBe(true);
    } finally {
      await h.dispose();
    }
  });

  it('records thresholds crossed already when a timer attaches without notifying (R28), and notifies what comes after', async () => {
    deliveries.length = 0;
    const h = await startTestHub({
      startAt: '2026-11-02T10:00:00.000Z',
      webhookFetch,
      config: testConfig({
        hub: { webhooks: hooks },
        sla: {
          ...defaultSlaConfig,
          definitions: [
            ...(defaultSlaConfig.definitions ?? []),
            {
              id: 'p1_watch',
              name: 'P1 watch, counted from creation',
              metric: 'custom',
              target: '1h',
              calendar: null,
              conditions: {
                start: { field: 'priority', eq: 'P1' },
                stop: { field: 'status', eq: 'closed' },
              },
              retroactive: { startField: 'createdAt' },
            },
          ],
        },
      }),
    });
    try {
      const receipt = await (
        await h.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() })
      ).json();
      expect(receipt.priority).not.toBe('P1');
      h.advance(50 * 60_000);
      const raised = await h.request(`/v1/tickets/${receipt.id}/actions`, {
        method: 'POST',
        as: 'lead',
        json: { type: 'change_priority', priority: 'P1', reason: 'payroll run tonight' },
      });
      expect(raised.status).toBe(200);
      const watch = async () =>
        (await slaEvents(h, receipt.id))
          .filter((e) => e.timer.startsWith('p1_watch'))
          .map((e) => (e.type === 'sla_threshold' ? e.percent : 'breach'));
      // 50 of its 60 minutes were gone when it attached: 50 % and 75 % are marked at once.
      expect(await watch()).toEqual([50, 75]);
      await h.webhooksIdle();
      expect(deliveries.filter((d) => d.data.timer.startsWith('p1_watch'))).toEqual([]);

      h.advance(11 * 60_000);
      await h.checkSla();
      await h.webhooksIdle();
      expect(await watch()).toEqual([50, 75, 'breach']);
      expect(
        deliveries
          .filter((d) => d.data.timer.startsWith('p1_watch'))
          .map((d) => [d.event, d.data.kind]),
      ).toEqual([['sla.breach', 'breach']]);
    } finally {
      await h.dispose();
    }
  });
});
