import { describe, expect, it } from 'vitest';
import type { ReporterTicket } from './schemas';
import { watchReporterTickets, type ReporterTicketWatchOptions } from './watchReporterTickets';

const ticket = (id: string, status: ReporterTicket['status']): ReporterTicket => ({
  id,
  number: `TD-${id}`,
  summary: `ticket ${id}`,
  status,
  priority: 'P3',
  due: { firstResponse: null, resolution: null },
  updatedAt: '2026-03-01T10:00:00.000Z',
  resolution: null,
});

/** A world with a hand-driven clock, a fake hub list and fake streams. */
function world(overrides: Partial<ReporterTicketWatchOptions> = {}) {
  let hub: ReporterTicket[] | null = [ticket('1', 'new'), ticket('2', 'closed')];
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const open = new Map<string, () => void>();
  const lists: Array<ReporterTicket[] | null> = [];
  let reads = 0;
  let visible = true;
  let visibilityListener: () => void = () => {};
  const options: ReporterTicketWatchOptions = {
    keys: ['1', '2', '3', '4', '5'].map((id) => ({ ticketId: id, reporterToken: `rt_${id}` })),
    readList: async () => {
      reads++;
      return hub && hub.map((t) => ({ ...t }));
    },
    openStream: (key, onEvent) => {
      open.set(key.ticketId, onEvent);
      return () => open.delete(key.ticketId);
    },
    onList: (items) => lists.push(items),
    visible: () => visible,
    onVisibilityChange: (fn) => {
      visibilityListener = fn;
      return () => (visibilityListener = () => {});
    },
    setTimeout: (fn, ms) => {
      timers.set(nextId, { at: now + ms, fn });
      return nextId++;
    },
    clearTimeout: (id) => timers.delete(id as number),
    ...overrides,
  };
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    options,
    lists,
    open,
    reads: () => reads,
    setHub: (next: ReporterTicket[] | null) => (hub = next),
    /** Moves the clock on, running due timers in order, letting reads settle. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!due || due[1].at > until) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await flush();
      }
      now = until;
      await flush();
    },
    pendingDelays: () => [...timers.values()].map((t) => t.at - now),
    setVisible(v: boolean) {
      visible = v;
      visibilityListener();
    },
    flush,
  };
}

describe('watchReporterTickets', () => {
  it('shows the list, then a status change that arrives on a ticket stream', async () => {
    const w = world();
    const stop = watchReporterTickets(w.options);
    await w.flush();
    expect(w.lists.map((l) => l?.map((t) => t.status))).toEqual([['new', 'closed']]);
    // Only the ticket that can still change is streamed.
    expect([...w.open.keys()]).toEqual(['1']);

    w.setHub([ticket('1', 'in_progress'), ticket('2', 'closed')]);
    w.open.get('1')!();
    await w.advance(300);
    expect(w.lists.at(-1)!.map((t) => t.status)).toEqual(['in_progress', 'closed']);
    stop();
    expect(w.open.size).toBe(0);
  });

  it('polls with backoff while nothing changes, and starts over after a change', async () => {
    const w = world();
    const stop = watchReporterTickets({ ...w.options, pollMs: 1000, maxPollMs: 8000 });
    await w.flush();
    expect(w.pendingDelays()).toEqual([1000]);
    await w.advance(1000);
    expect(w.pendingDelays()).toEqual([2000]);
    await w.advance(2000);
    await w.advance(4000);
    expect(w.pendingDelays()).toEqual([8000]);
    await w.advance(8000);
    expect(w.pendingDelays()).toEqual([8000]);
    w.setHub([ticket('1', 'resolved'), ticket('2', 'closed')]);
    await w.advance(8000);
    expect(w.lists.at(-1)![0]!.status).toBe('resolved');
    expect(w.pendingDelays()).toEqual([1000]);
    expect(w.lists).toHaveLength(2); // unchanged reads are not reported
    stop();
    expect(w.pendingDelays()).toEqual([]);
  });

  it('holds at most maxStreams streams, newest open tickets first', async () => {
    const w = world();
    w.setHub(['1', '2', '3', '4', '5'].map((id) => ticket(id, id === '2' ? 'closed' : 'new')));
    const stop = watchReporterTickets({ ...w.options, maxStreams: 2 });
    await w.flush();
    expect([...w.open.keys()]).toEqual(['1', '3']);
    stop();
  });

  it('pauses while the page is hidden and reads at once when it shows again', async () => {
    const w = world();
    const stop = watchReporterTickets({ ...w.options, pollMs: 1000 });
    await w.flush();
    w.setVisible(false);
    expect(w.pendingDelays()).toEqual([]);
    expect(w.open.size).toBe(0);
    const before = w.reads();
    await w.advance(60_000);
    expect(w.reads()).toBe(before);
    w.setHub([ticket('1', 'waiting_on_user'), ticket('2', 'closed')]);
    w.setVisible(true);
    await w.flush();
    await w.flush();
    expect(w.lists.at(-1)![0]!.status).toBe('waiting_on_user');
    expect([...w.open.keys()]).toEqual(['1']);
    stop();
  });

  it('reports an unreachable hub once and keeps trying', async () => {
    const w = world();
    w.setHub(null);
    const stop = watchReporterTickets({ ...w.options, pollMs: 1000 });
    await w.flush();
    expect(w.lists).toEqual([null]);
    await w.advance(1000);
    expect(w.lists).toEqual([null]);
    w.setHub([ticket('1', 'new')]);
    await w.advance(2000);
    expect(w.lists.at(-1)!.map((t) => t.id)).toEqual(['1']);
    stop();
  });
});
