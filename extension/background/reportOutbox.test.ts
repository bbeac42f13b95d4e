import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { OutboxDb } from '@tierdesk/client/outbox/outboxDb';
import type { HubClient } from '@tierdesk/client/api/hubClient';
import { sampleDraft } from '@tierdesk/core/testing/sampleTicket';
import { reportOutbox } from './reportOutbox';

let db: OutboxDb;
afterEach(async () => db?.delete());

const receipt = (id: string) => ({
  id,
  number: 'TD-9',
  status: 'new' as const,
  category: 'app_defect',
  tier: 'L1' as const,
  priority: 'P3' as const,
  classification: {
    category: 'app_defect',
    tier: 'L1' as const,
    confidence: 0.9,
    needsTriage: false,
    reasons: [],
  },
  due: { firstResponse: null, resolution: null },
  reporterToken: 'rt_x',
  incident: null,
});

describe('reportOutbox', () => {
  it('keeps a report while the hub is down and delivers it exactly once later', async () => {
    db = new OutboxDb(`t-${Math.random()}`);
    let up = false;
    const submitted: string[] = [];
    const uploads: string[] = [];
    const client = {
      submitTicket: async (d: { id: string }) => {
        if (!up)
          return {
            ok: false,
            error: { kind: 'network', status: 0, code: 'network', message: 'down' },
          };
        submitted.push(d.id);
        return { ok: true, value: receipt(d.id), status: 201 };
      },
      uploadAttachment: async (id: string) => {
        uploads.push(id);
        return {
          ok: true,
          value: { id: 'A', kind: 'screenshot', contentType: 'image/png', bytes: 4 },
          status: 201,
        };
      },
    } as unknown as HubClient;
    let t = 1000;
    const alarms: number[] = [];
    const delivered: string[] = [];
    const q = reportOutbox({
      db,
      client: async () => client,
      now: () => t,
      random: () => 0.5,
      scheduleAlarm: async (at) => void alarms.push(at),
      onDelivered: (n) => delivered.push(n),
    });
    const draft = sampleDraft({ source: 'extension' });
    await q.enqueue(draft, {
      bytes: new Uint8Array([1, 2, 3, 4]).buffer,
      type: 'image/png',
      name: 's.png',
    });
    await q.kick();
    expect(submitted).toEqual([]);
    expect(alarms).toHaveLength(1);
    const waiting = await q.status();
    expect(waiting.ok && waiting.pending[0]).toMatchObject({ id: draft.id, attempts: 1 });
    up = true;
    t = alarms[0]! + 1;
    await q.kick();
    await q.kick();
    expect(submitted).toEqual([draft.id]);
    expect(uploads).toEqual([draft.id]);
    expect(delivered).toEqual(['TD-9']);
    const done = await q.status();
    expect(done.ok && done.pending).toEqual([]);
    expect(done.ok && done.receipts.map((r) => r.number)).toEqual(['TD-9']);
  });
});
