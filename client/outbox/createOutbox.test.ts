import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TicketDraft } from '@tierdesk/core/model/draft';
import type { HubClient } from '../api/hubClient';
import type { HubResult } from '../api/hubFailure';
import type { IntakeReceipt } from '../api/schemas';
import { createOutbox } from './createOutbox';
import { OutboxDb } from './outboxDb';

const draft = (id: string): TicketDraft => ({
  id,
  app: { id: 'payroll' },
  source: 'widget',
  summary: 'Payslip page is blank',
  description: '',
  impact: 'individual',
  urgency: 'degraded',
  reporter: {},
  createdAt: '2026-03-01T10:00:00.000Z',
});

const receiptFor = (id: string): IntakeReceipt => ({
  id,
  number: 'TD-7',
  status: 'new',
  category: 'application_defect',
  tier: 'L2',
  priority: 'P4',
  classification: {
    category: 'application_defect',
    tier: 'L2',
    confidence: 0.8,
    needsTriage: false,
    reasons: [],
  },
  due: { firstResponse: '2026-03-01T11:00:00.000Z', resolution: null },
  reporterToken: 'rt_1',
  incident: null,
});

type Answer<T> = () => HubResult<T>;
const network: HubResult<never> = {
  ok: false,
  error: { kind: 'network', status: 0, code: 'network', message: 'offline' },
};

function fakeHub(submit: Answer<IntakeReceipt>[], upload: Answer<unknown>[] = []) {
  const calls = { submit: [] as string[], upload: [] as string[] };
  const client: Pick<HubClient, 'submitTicket' | 'uploadAttachment'> = {
    submitTicket: async (d) => {
      calls.submit.push(d.id);
      return (submit.shift() ?? (() => ({ ok: true, value: receiptFor(d.id), status: 200 })))();
    },
    uploadAttachment: async (id, token) => {
      calls.upload.push(`${id}:${token}`);
      return (upload.shift() ?? (() => ({ ok: true, value: {}, status: 201 })))() as never;
    },
  };
  return { client, calls };
}

let dbs: OutboxDb[] = [];
let n = 0;
function openDb(name = `outbox-${++n}`) {
  const db = new OutboxDb(name);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs) db.close();
  dbs = [];
});

const ID = '01JNQ6Z8Y4AAAAAAAAAAAAAAAA';

describe('createOutbox', () => {
  it('stores before sending, keeps the receipt, and deletes only after the hub confirmed', async () => {
    const db = openDb();
    const hub = fakeHub([]);
    const pending: number[] = [];
    const outbox = createOutbox({
      db,
      client: hub.client,
      now: () => 0,
      random: () => 0.5,
      onPending: (c) => pending.push(c),
    });
    await outbox.enqueue(draft(ID));
    expect(await db.entries.count()).toBe(1);
    const report = await outbox.flush();
    expect(report.accepted.get(ID)?.number).toBe('TD-7');
    expect(await db.entries.count()).toBe(0);
    expect((await db.receipts.get(ID))?.reporterToken).toBe('rt_1');
    expect(pending).toEqual([1, 0]);
  });

  it('backs off after a failure and resends the same id when due', async () => {
    const db = openDb();
    let clock = 1_000;
    const hub = fakeHub([() => network]);
    const outbox = createOutbox({ db, client: hub.client, now: () => clock, random: () => 0 });
    await outbox.enqueue(draft(ID));
    const first = await outbox.flush();
    expect(first.waiting).toBe(1);
    expect(first.nextAttemptAt).toBe(1_500);
    clock = 1_400;
    await outbox.flush(); // not due yet: nothing is sent
    expect(hub.calls.submit).toEqual([ID]);
    clock = 1_500;
    const second = await outbox.flush();
    expect(second.accepted.has(ID)).toBe(true);
    expect(hub.calls.submit).toEqual([ID, ID]);
  });

  it('honours Retry-After', async () => {
    const db = openDb();
    const hub = fakeHub([
      () => ({
        ok: false,
        error: { kind: 'http', status: 429, code: 'rate_limited', message: '', retryAfterSec: 30 },
      }),
    ]);
    const outbox = createOutbox({ db, client: hub.client, now: () => 0, random: () => 0 });
    await outbox.enqueue(draft(ID));
    expect((await outbox.flush()).nextAttemptAt).toBe(30_000);
  });

  it('keeps a ticket the hub refused for good, and stops sending it', async () => {
    const db = openDb();
    const hub = fakeHub([
      () => ({
        ok: false,
        error: {
          kind: 'http',
          status: 422,
          code: 'idempotency_mismatch',
          message: 'different body',
        },
      }),
    ]);
    const outbox = createOutbox({ db, client: hub.client, now: () => 0, random: () => 0 });
    await outbox.enqueue(draft(ID));
    const report = await outbox.flush();
    expect(report.refused.get(ID)?.code).toBe('idempotency_mismatch');
    await outbox.flush();
    expect(hub.calls.submit).toHaveLength(1);
    expect((await outbox.entries())[0]?.state).toBe('failed');
  });

  it('uploads the screenshot after intake, retrying only the upload', async () => {
    const db = openDb();
    let clock = 0;
    const hub = fakeHub([], [() => network]);
    const outbox = createOutbox({ db, client: hub.client, now: () => clock, random: () => 0 });
    const png = {
      bytes: new Uint8Array([137, 80, 78, 71]).buffer,
      type: 'image/png',
      name: 'screen.png',
    };
    await outbox.enqueue(draft(ID), png);
    await outbox.flush();
    expect(await db.entries.count()).toBe(1);
    clock = 10_000;
    await outbox.flush();
    expect(hub.calls.submit).toEqual([ID]);
    expect(hub.calls.upload).toEqual([`${ID}:rt_1`, `${ID}:rt_1`]);
    expect(await db.entries.count()).toBe(0);
  });

  it('resumes from disk in a new page (a fresh database handle)', async () => {
    const name = 'outbox-resume';
    const offline = fakeHub([() => network]);
    const first = createOutbox({
      db: openDb(name),
      client: offline.client,
      now: () => 0,
      random: () => 0,
    });
    await first.enqueue(draft(ID));
    await first.flush();
    dbs[dbs.length - 1]!.close();
    const online = fakeHub([]);
    const second = createOutbox({
      db: openDb(name),
      client: online.client,
      now: () => 60_000,
      random: () => 0,
    });
    const report = await second.flush();
    expect(report.accepted.has(ID)).toBe(true);
    expect(online.calls.submit).toEqual([ID]);
  });
});
