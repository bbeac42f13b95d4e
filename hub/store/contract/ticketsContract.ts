// The store contract for tickets: insert/get/update, numbering, the event log, the queue (filters,
// order by next SLA deadline, keyset cursor) and what the SLA clock reads.
import { describe, expect, it } from 'vitest';
import { StoreConflictError, type HubStore } from '../hubStore';
import { noDueSort, queueRowOf } from '../queueRowOf';
import {
  at,
  comment,
  createdEvent,
  idOf,
  insertTickets,
  reporterHash,
  ticketRecord,
} from './contractFixtures';

export function ticketsContract(useStore: () => HubStore): void {
  describe('tickets', () => {
    it('gives back a ticket as written, its queue row, and null for an unknown id', async () => {
      const store = useStore();
      const [record] = await insertTickets(store, [{ n: 1, assignee: 'ada' }]);
      expect(await store.getTicket(idOf(1))).toEqual(record);
      expect(await store.queueRow(idOf(1))).toEqual(queueRowOf(record!));
      expect(await store.ticketIdByReporterToken(reporterHash(1))).toBe(idOf(1));
      expect(await store.getTicket(idOf(99))).toBeNull();
      expect(await store.queueRow(idOf(99))).toBeNull();
      expect(await store.ticketIdByReporterToken(reporterHash(99))).toBeNull();
    });

    it('rewrites a ticket and its queue columns; updating a missing ticket fails', async () => {
      const store = useStore();
      const [record] = await insertTickets(store, [{ n: 1 }]);
      const changed = ticketRecord({ n: 1, status: 'in_progress', tier: 'L2', dueIn: null });
      changed.ticket = { ...changed.ticket, summary: 'Changed', updatedAt: at(5) };
      await store.transaction((tx) => tx.updateTicket(changed));
      expect(await store.getTicket(idOf(1))).toEqual(changed);
      expect(await store.queueRow(idOf(1))).toMatchObject({
        summary: 'Changed',
        status: 'in_progress',
        tier: 'L2',
        dueSort: noDueSort,
        nextDueAt: null,
      });
      expect(record!.ticket.summary).not.toBe('Changed');
      const missing = ticketRecord({ n: 2 });
      await expect(store.transaction((tx) => tx.updateTicket(missing))).rejects.toThrow();
      expect(await store.getTicket(idOf(2))).toBeNull();
    });

    it('finds nothing by keys no stored value can have (U+0000, lone surrogates)', async () => {
      const store = useStore();
      await insertTickets(store, [{ n: 1 }]);
      // Route parameters arrive as any string; a backend that cannot hold these characters
      // (PostgreSQL text refuses U+0000) must still answer "not found", never fail.
      for (const key of ['\u0000', `${idOf(1)}\u0000`, '\ud800']) {
        expect(await store.getTicket(key)).toBeNull();
        expect(await store.queueRow(key)).toBeNull();
        expect(await store.events(key)).toEqual([]);
        expect(await store.ticketIdByReporterToken(key)).toBeNull();
        expect(await store.intakeRequest(key)).toBeNull();
        expect(await store.attachment(key)).toBeNull();
        expect(await store.attachmentByHash(key, key)).toBeNull();
        expect(await store.knownIssue(key)).toBeNull();
        expect(await store.incident(key)).toBeNull();
        expect(await store.incidentTicketIds(key, 5)).toEqual([]);
        expect(await store.agentByTokenHash(key)).toBeNull();
        expect(await store.agentRole(key)).toBeNull();
        expect(await store.queueRowsByIds([key, idOf(1)])).toHaveLength(1);
        expect(await store.transaction((tx) => tx.getTicket(key))).toBeNull();
      }
    });

    it('refuses a second ticket with the same id as a conflict', async () => {
      const store = useStore();
      await insertTickets(store, [{ n: 1 }]);
      const again = ticketRecord({ n: 1 });
      const error = await store
        .transaction((tx) => tx.insertTicket(again, reporterHash(77), null))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreConflictError);
      expect((error as StoreConflictError).entity).toBe('ticket');
    });

    it('numbers tickets upwards from 1001, never twice', async () => {
      const store = useStore();
      const first = await store.transaction((tx) => tx.nextTicketNumber());
      expect(first).toBe(1001);
      const more = await Promise.all(
        Array.from({ length: 10 }, () => store.transaction((tx) => tx.nextTicketNumber())),
      );
      expect(new Set(more).size).toBe(10);
      expect(Math.min(...more)).toBeGreaterThan(first);
    });

    it('keeps events in seq order and refuses a gap', async () => {
      const store = useStore();
      const [record] = await insertTickets(store, [{ n: 1 }]);
      await store.transaction((tx) => tx.appendEvents(idOf(1), [comment(2, 'a'), comment(3, 'b')]));
      await store.transaction((tx) => tx.appendEvents(idOf(1), [comment(4, 'c')]));
      const events = await store.events(idOf(1));
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      expect(events[0]).toEqual(createdEvent(record!));
      expect(events[3]).toEqual(comment(4, 'c'));
      await expect(
        store.transaction((tx) => tx.appendEvents(idOf(1), [comment(6, 'gap')])),
      ).rejects.toThrow();
      await expect(
        store.transaction((tx) => tx.appendEvents(idOf(1), [comment(1, 'again')])),
      ).rejects.toThrow();
      expect((await store.events(idOf(1))).length).toBe(4);
      expect(await store.events(idOf(99))).toEqual([]);
    });
  });

  describe('queue', () => {
    it('sorts open tickets by next due time (none last), then number', async () => {
      const store = useStore();
      await insertTickets(store, [
        { n: 1, dueIn: 30 },
        { n: 2, dueIn: null },
        { n: 3, dueIn: 10 },
        { n: 4, dueIn: 30 },
        { n: 5, dueIn: 20, status: 'resolved' },
        { n: 6, dueIn: 5, status: 'waiting_on_user' },
      ]);
      const rows = await store.queue({}, 50, null);
      expect(rows.map((r) => r.number)).toEqual([
        'TD-1006',
        'TD-1003',
        'TD-1001',
        'TD-1004',
        'TD-1002',
      ]);
      expect(rows[0]).toMatchObject({ numberSeq: 1006, dueSort: Date.parse(at(5)) });
      expect(await store.countOpen()).toBe(5);
    });

    it('filters by tier, status, category, priority, app and assignee', async () => {
      const store = useStore();
      await insertTickets(store, [
        { n: 1, tier: 'L1', category: 'how_to', priority: 'P3', app: 'payroll' },
        { n: 2, tier: 'L2', category: 'network', priority: 'P2', app: 'payroll', assignee: 'ada' },
        { n: 3, tier: 'L3', category: 'servers', priority: 'P1', app: 'wiki', assignee: 'bob' },
        { n: 4, tier: 'L2', status: 'closed', category: 'network', app: 'wiki' },
        { n: 5, tier: 'L1', status: 'resolved', app: 'payroll', assignee: 'ada' },
      ]);
      const numbers = async (filter: Parameters<HubStore['queue']>[0]) =>
        (await store.queue(filter, 50, null)).map((r) => r.numberSeq - 1000);
      expect(await numbers({ tiers: ['L2', 'L3'] })).toEqual([2, 3]);
      expect(await numbers({ tiers: [] })).toEqual([1, 2, 3]);
      expect(await numbers({ statuses: ['closed', 'resolved'] })).toEqual([4, 5]);
      expect(await numbers({ statuses: ['new', 'closed'] })).toEqual([1, 2, 3, 4]);
      expect(await numbers({ categories: ['network'] })).toEqual([2]);
      expect(await numbers({ priorities: ['P1', 'P3'] })).toEqual([1, 3]);
      expect(await numbers({ apps: ['wiki'] })).toEqual([3]);
      expect(await numbers({ assignee: 'ada' })).toEqual([2]);
      expect(await numbers({ assignee: null })).toEqual([1]);
      expect(await numbers({ tiers: ['L2'], statuses: ['closed'], apps: ['wiki'] })).toEqual([4]);
    });

    it('pages with a keyset cursor: every row once, in order, across equal due times', async () => {
      const store = useStore();
      const specs = Array.from({ length: 23 }, (_, i) => ({
        n: i + 1,
        dueIn: i % 4 === 0 ? null : (i % 3) * 10,
      }));
      await insertTickets(store, specs);
      const all = await store.queue({}, 100, null);
      const paged = [];
      let after = null;
      for (let page = 0; page < 10; page++) {
        const rows = await store.queue({}, 5, after);
        paged.push(...rows);
        if (rows.length < 5) break;
        const last = rows.at(-1)!;
        after = { dueSort: last.dueSort, numberSeq: last.numberSeq };
      }
      expect(paged.map((r) => r.id)).toEqual(all.map((r) => r.id));
      expect(new Set(paged.map((r) => r.id)).size).toBe(23);
      const sorted = [...all].sort((a, b) => a.dueSort - b.dueSort || a.numberSeq - b.numberSeq);
      expect(all.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
    });

    it('gives queue rows by id in the order asked, skipping unknown ids', async () => {
      const store = useStore();
      await insertTickets(store, [{ n: 1 }, { n: 2 }, { n: 3, status: 'closed' }]);
      const rows = await store.queueRowsByIds([idOf(3), idOf(99), idOf(1)]);
      expect(rows.map((r) => r.id)).toEqual([idOf(3), idOf(1)]);
      expect(await store.queueRowsByIds([])).toEqual([]);
    });

    it('lists the tickets the SLA clock must look at, soonest first', async () => {
      const store = useStore();
      expect(await store.nextSlaWake()).toBeNull();
      await insertTickets(store, [
        { n: 1, slaWakeAt: 3000 },
        { n: 2, slaWakeAt: 1000 },
        { n: 3, slaWakeAt: null },
        { n: 4, slaWakeAt: 2000 },
        { n: 5, slaWakeAt: 9000 },
      ]);
      expect(await store.slaDue(3000, 10)).toEqual([idOf(2), idOf(4), idOf(1)]);
      expect(await store.slaDue(3000, 2)).toEqual([idOf(2), idOf(4)]);
      expect(await store.slaDue(999, 10)).toEqual([]);
      expect(await store.nextSlaWake()).toBe(1000);
    });
  });
}
