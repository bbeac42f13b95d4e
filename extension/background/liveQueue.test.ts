import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { QueueStreamEvent, StreamQueueOptions } from '@tierdesk/client/agent';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { ExtensionDb } from '../db/extensionDb';
import { firstScreenKey } from '../db/firstScreen';
import { parseFirstScreen } from '../db/parseFirstScreen';
import { readQueueRows, syncQueueRows } from '../db/queueCache';
import { liveQueueKeeper, runLiveQueue } from './liveQueue';
import type { SlaAlertNotice } from './slaAlerts';

let db: ExtensionDb;
afterEach(async () => {
  await db?.delete();
  fakeBrowser.reset();
});

/** Runs the live queue over a scripted stream; returns what it showed. */
async function run(role: 'L1' | 'L3', events: QueueStreamEvent[]) {
  const badge: string[] = [];
  const notes: SlaAlertNotice[] = [];
  await runLiveQueue({
    hubUrl: 'https://hub.example',
    token: 'td_x',
    me: { id: 'ada', name: 'Ada', role },
    db,
    storage: fakeBrowser.storage.local,
    now: () => 9000,
    stream: async (o: StreamQueueOptions) => events.forEach((e) => o.onEvent(e)),
    setBadge: async (t) => void badge.push(t),
    notify: async (n) => void notes.push(n),
    signal: new AbortController().signal,
  });
  return { badge, notes };
}

const a = q({ id: 'A', number: 'TD-1', slaPct: 40, nextDueTimer: 'first_response' });
const b = q({ id: 'B', number: 'TD-2', slaPct: 10 });
const l3 = q({ id: 'C', number: 'TD-3', tier: 'L3', slaPct: 90 });

describe('runLiveQueue', () => {
  it('updates the cached row, the badge and the first screen as tickets change', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    await syncQueueRows(db, [a, b], 1, 'ada');
    const { badge } = await run('L1', [
      { kind: 'ticket', item: { ...a, slaPct: 80 } },
      { kind: 'ticket', item: { ...b, status: 'triaged' } },
      { kind: 'ticket', item: { ...l3, tier: 'L1' } },
      { kind: 'ticket', item: { ...l3, tier: 'L1', status: 'resolved' } },
    ]);
    expect(badge).toEqual(['1', '2', '1']);
    const rows = (await readQueueRows(db, 'ada'))!.rows;
    expect(rows.map((r) => [r.id, r.item.slaPct, r.item.status, r.pctAt])).toEqual([
      ['A', 80, 'new', 9000],
      ['B', 10, 'triaged', 9000],
    ]);
    const raw = (await fakeBrowser.storage.local.get(firstScreenKey))[firstScreenKey];
    expect(parseFirstScreen(raw, 'ada')?.rows.map((r) => r.item.number)).toEqual(['TD-1', 'TD-2']);
  });

  it('notifies at 75 % and at breach once each, for my tier only, without a refresh', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    await syncQueueRows(db, [a, l3], 1, 'ada');
    const sla = (ticketId: string, kind: 'threshold' | 'breach', percent: number) =>
      ({
        kind: 'sla',
        sla: { ticketId, number: '', timer: 'first_response', kind, percent },
      }) as const;
    const { notes } = await run('L1', [
      sla('A', 'threshold', 50),
      sla('A', 'threshold', 75),
      sla('A', 'threshold', 75),
      sla('C', 'breach', 100),
      sla('A', 'breach', 100),
      sla('unknown', 'breach', 100),
    ]);
    expect(notes.map((n) => n.title)).toEqual([
      'TD-1 at 75 % of its first response SLA',
      'TD-1 breached its first response SLA',
    ]);
    // The next alarm's refresh uses the same keys: it will not show them again.
    expect((await db.alerts.toCollection().primaryKeys()).sort()).toEqual([
      'A:first_response:75',
      'A:first_response:breach',
    ]);
  });

  it('tells L3 about a major incident once, naming its app and tickets', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    await syncQueueRows(db, [a, l3], 1, 'ada');
    const incident = (major: boolean): QueueStreamEvent => ({
      kind: 'incident',
      incident: { id: 'I1', appId: 'payroll', major, size: 6, ticketIds: ['A', 'C'] },
    });
    const l3run = await run('L3', [incident(false), incident(true), incident(true)]);
    expect(l3run.notes.map((n) => [n.title, n.message])).toEqual([
      ['Major incident: 6 tickets on Payroll', 'TD-1, TD-3'],
    ]);
    await db.alerts.clear();
    expect((await run('L1', [incident(true)])).notes).toEqual([]);
  });
});

describe('runLiveQueue and the refresh', () => {
  it('counts from the refreshed cache once the alarm rewrote it', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    await syncQueueRows(db, [a], 1, 'ada');
    const badge: string[] = [];
    await runLiveQueue({
      hubUrl: 'https://hub.example',
      token: 'td_x',
      me: { id: 'ada', name: 'Ada', role: 'L1' },
      db,
      storage: fakeBrowser.storage.local,
      now: () => 9000,
      stream: async (o) => {
        o.onEvent({ kind: 'ticket', item: { ...b, slaPct: 90 } });
        // The refresh runs between two events and finds A breached.
        await new Promise((r) => setTimeout(r, 50));
        await syncQueueRows(db, [{ ...a, slaPct: 120, breached: true }, b], 2, 'ada');
        o.onEvent({ kind: 'ticket', item: { ...b, slaPct: 95 } });
      },
      setBadge: async (t) => void badge.push(t),
      notify: async () => {},
      signal: new AbortController().signal,
    });
    expect(badge).toEqual(['1', '2']);
  });
});

describe('liveQueueKeeper', () => {
  it('runs one stream per signed-in agent and restarts it when the agent changes', async () => {
    const runs: { who: string; signal: AbortSignal }[] = [];
    const keeper = liveQueueKeeper(
      (who, signal) =>
        new Promise<void>((resolve) => {
          runs.push({ who, signal });
          signal.addEventListener('abort', () => resolve());
        }),
    );
    keeper.ensure('ada');
    keeper.ensure('ada');
    expect(runs.map((r) => r.who)).toEqual(['ada']);
    keeper.ensure('bob');
    expect(runs.map((r) => [r.who, r.signal.aborted])).toEqual([
      ['ada', true],
      ['bob', false],
    ]);
    keeper.stop();
    expect(runs[1]?.signal.aborted).toBe(true);
    await Promise.resolve();
    keeper.ensure('bob');
    expect(runs).toHaveLength(3);
  });

  it('starts again after a stream ended on its own (the worker woke up again)', async () => {
    let n = 0;
    const keeper = liveQueueKeeper(async () => void n++);
    keeper.ensure('ada');
    await new Promise((r) => setTimeout(r, 0));
    keeper.ensure('ada');
    expect(n).toBe(2);
  });

  it('leaves a cached row the schema refuses out of the badge’s count', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    await syncQueueRows(db, [b], 1, 'ada');
    await db.queue.put({
      id: 'X',
      item: { ...l3, id: 'X', tier: 'L1', slaPct: 90, priority: 'P9' } as never,
      pctAt: 1,
    });
    const { badge } = await run('L1', [{ kind: 'ticket', item: { ...a, slaPct: 80 } }]);
    expect(badge).toEqual(['1']);
  });

  it('asks for a refresh when the hub says it cannot replay what the stream missed', async () => {
    db = new ExtensionDb(`t-${Math.random()}`);
    let resyncs = 0;
    await runLiveQueue({
      hubUrl: 'https://hub.example',
      token: 'td_x',
      me: { id: 'ada', name: 'Ada', role: 'L1' },
      db,
      storage: fakeBrowser.storage.local,
      now: () => 9000,
      stream: async (o) => o.onResync?.('not_this_feed'),
      setBadge: async () => {},
      notify: async () => {},
      onResync: () => void resyncs++,
      signal: new AbortController().signal,
    });
    expect(resyncs).toBe(1);
  });
});
