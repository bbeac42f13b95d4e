import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft, startTestHub, type TestHub } from '../testing/testHub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

describe('POST /v1/tickets', () => {
  it('takes a draft from the widget and answers the receipt: number, tier, priority, due times, reporter token', async () => {
    const d = draft({ impact: 'team', urgency: 'blocked' });
    const res = await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: d });
    expect(res.status).toBe(201);
    const receipt = await res.json();
    expect(receipt).toMatchObject({
      id: d.id,
      number: expect.stringMatching(/^TD-\d{4,}$/),
      status: 'new',
      priority: 'P2',
    });
    expect(receipt.reporterToken).toMatch(/^rt_/);
    expect(Date.parse(receipt.due.firstResponse)).toBeGreaterThan(Date.now() - 60_000);
    expect(receipt.classification.tier).toBe(receipt.tier);
    const stored = await hub.store.getTicket(d.id);
    expect(stored?.ticket.number).toBe(receipt.number);
    expect((await hub.store.events(d.id)).map((e) => e.type)).toEqual(['created']);
  });

  it('numbers tickets TD-1001 upwards, one after another', async () => {
    const a = await (
      await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() })
    ).json();
    const b = await (
      await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() })
    ).json();
    expect(Number(b.number.slice(3))).toBe(Number(a.number.slice(3)) + 1);
    expect(Number(a.number.slice(3))).toBeGreaterThanOrEqual(1001);
  });

  it('answers a retry of the same body with 200 and the same receipt, and stores one ticket', async () => {
    const d = draft();
    const first = await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: d });
    const again = await hub.request('/v1/tickets', {
      method: 'POST',
      as: 'key',
      json: { ...d, reporter: { ...d.reporter } },
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
  });

  it('refuses the same id with a different body (422) and keeps the first ticket', async () => {
    const d = draft();
    await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: d });
    const res = await hub.request('/v1/tickets', {
      method: 'POST',
      as: 'key',
      json: { ...d, summary: 'Something else entirely' },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('idempotency_mismatch');
    expect((await hub.store.getTicket(d.id))?.ticket.summary).toBe(d.summary);
  });

  it('stores exactly one ticket when the same draft arrives many times at once', async () => {
    const d = draft();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        hub.request('/v1/tickets', { method: 'POST', as: 'key', json: d }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
    const numbers = new Set(
      (await Promise.all(answers.filter((r) => r.status !== 409).map((r) => r.json()))).map(
        (r) => r.number,
      ),
    );
    expect(numbers.size).toBe(1);
  });

  it('answers 409 while the same id is in flight elsewhere', async () => {
    const d = draft();
    hub.context.intakeInFlight.add(d.id);
    try {
      const res = await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: d });
      expect(res.status).toBe(409);
      expect((await res.json()).error.code).toBe('conflict');
    } finally {
      hub.context.intakeInFlight.delete(d.id);
    }
    expect(await hub.store.getTicket(d.id)).toBeNull();
  });

  it('takes a ticket from an agent for any configured app', async () => {
    const res = await hub.request('/v1/tickets', {
      method: 'POST',
      as: 'L1',
      json: draft({ app: { id: 'wiki' }, source: 'api' }),
    });
    expect(res.status).toBe(201);
    const bad = await hub.request('/v1/tickets', {
      method: 'POST',
      as: 'L1',
      json: draft({ app: { id: 'nope' } }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].path).toBe('app.id');
  });

  it('redacts secrets again on intake', async () => {
    const d = draft({
      description:
        'I pasted https://payroll.example/login?password=hunter22&x=1 and Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    });
    await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: d });
    const stored = (await hub.store.getTicket(d.id))!.ticket.description;
    expect(stored).not.toContain('hunter22');
    expect(stored).not.toContain('dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U');
  });

  describe('bad input: a 4xx naming the problem, and nothing stored', () => {
    const cases: Array<[string, () => Promise<Response>, number, string]> = [
      [
        'malformed JSON',
        () =>
          hub.request('/v1/tickets', {
            method: 'POST',
            as: 'key',
            body: '{"id": ',
            headers: { 'Content-Type': 'application/json' },
          }),
        400,
        'validation_failed',
      ],
      [
        'wrong type',
        () =>
          hub.request('/v1/tickets', {
            method: 'POST',
            as: 'key',
            json: { ...draft(), impact: 'everyone' },
          }),
        400,
        'validation_failed',
      ],
      [
        'unknown field',
        () =>
          hub.request('/v1/tickets', {
            method: 'POST',
            as: 'key',
            json: { ...draft(), admin: true },
          }),
        400,
        'validation_failed',
      ],
      [
        'not JSON',
        () =>
          hub.request('/v1/tickets', {
            method: 'POST',
            as: 'key',
            body: 'id=1',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          }),
        415,
        'unsupported_media_type',
      ],
      [
        'oversized body',
        () =>
          hub.request('/v1/tickets', {
            method: 'POST',
            as: 'key',
            json: { ...draft(), description: 'x'.repeat(600_000) },
          }),
        413,
        'payload_too_large',
      ],
      [
        'no credential',
        () => hub.request('/v1/tickets', { method: 'POST', json: draft() }),
        401,
        'unauthorized',
      ],
      [
        'unknown key',
        () =>
          hub.request('/v1/tickets', {
            method: 'POST',
            json: draft(),
            headers: { 'X-Tierdesk-Key': 'pk_not_a_real_key', Origin: 'https://payroll.example' },
          }),
        401,
        'unauthorized',
      ],
      [
        'origin not allowed',
        () =>
          hub.request('/v1/tickets', {
            method: 'POST',
            as: 'key',
            json: draft(),
            headers: { Origin: 'https://evil.example' },
          }),
        403,
        'forbidden',
      ],
      [
        "another app's draft",
        () =>
          hub.request('/v1/tickets', {
            method: 'POST',
            as: 'key',
            json: draft({ app: { id: 'wiki' } }),
          }),
        403,
        'forbidden',
      ],
      [
        'bad agent token',
        () =>
          hub.request('/v1/tickets', {
            method: 'POST',
            json: draft(),
            headers: { Authorization: 'Bearer td_wrongwrongwrongwrongwrong' },
          }),
        401,
        'unauthorized',
      ],
    ];
    for (const [name, send, status, code] of cases) {
      it(name, async () => {
        const before = await hub.store.countOpen();
        const res = await send();
        expect(res.status).toBe(status);
        const body = await res.json();
        expect(body.error.code).toBe(code);
        expect(body.error.message).toEqual(expect.any(String));
        expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
        expect(await hub.store.countOpen()).toBe(before);
      });
    }

    it('refuses an oversized body sent in chunks, without a length', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 12) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const res = await hub.request('/v1/tickets', {
        method: 'POST',
        as: 'key',
        body,
        headers: { 'Content-Type': 'application/json' },
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
    });

    it('names the field that is wrong', async () => {
      const res = await hub.request('/v1/tickets', {
        method: 'POST',
        as: 'key',
        json: { ...draft(), urgency: 'soon' },
      });
      const body = await res.json();
      expect(body.error.issues).toEqual([expect.objectContaining({ path: 'urgency' })]);
    });
  });
});
