// The store contract for transactions: all or nothing, reads outside see only committed data,
// concurrent transactions lose no write (one ticket, one app's incident grouping, one id).
import { describe, expect, it } from 'vitest';
import { StoreConflictError, type HubStore, type HubTx } from '../hubStore';
import {
  agentRecord,
  at,
  comment,
  idOf,
  incidentRecord,
  insertOne,
  insertTickets,
  knownIssue,
  ticketRecord,
} from './contractFixtures';

export function transactionsContract(useStore: () => HubStore): void {
  describe('transactions', () => {
    it('store nothing when fn throws, and reject with its error', async () => {
      const store = useStore();
      const refused = new Error('refused');
      const outcome = store.transaction(async (tx) => {
        await insertOne(tx, ticketRecord({ n: 1 }));
        await tx.saveIntakeRequest(
          { ticketId: idOf(1), bodySha256: 'a'.repeat(64), receipt: {} },
          at(0),
        );
        await tx.insertKnownIssue(knownIssue('ki-a'));
        await tx.insertAgent(agentRecord('ada'));
        await tx.saveIncident(incidentRecord('inc-1', 'payroll', at(1)));
        throw refused;
      });
      await expect(outcome).rejects.toBe(refused);
      expect(await store.getTicket(idOf(1))).toBeNull();
      expect(await store.events(idOf(1))).toEqual([]);
      expect(await store.intakeRequest(idOf(1))).toBeNull();
      expect(await store.knownIssues()).toEqual([]);
      expect(await store.agents()).toEqual([]);
      expect(await store.incident('inc-1')).toBeNull();
    });

    it('undo their earlier writes when a later one conflicts', async () => {
      const store = useStore();
      await insertTickets(store, [{ n: 1 }]);
      const outcome = store.transaction(async (tx) => {
        await insertOne(tx, ticketRecord({ n: 2 }));
        await insertOne(tx, ticketRecord({ n: 1 }));
      });
      await expect(outcome).rejects.toBeInstanceOf(StoreConflictError);
      expect(await store.getTicket(idOf(2))).toBeNull();
      expect((await store.events(idOf(1))).length).toBe(1);
    });

    it('give their value once committed, and refuse a handle used after the end', async () => {
      const store = useStore();
      let kept: HubTx | null = null;
      const value = await store.transaction(async (tx) => {
        kept = tx;
        await insertOne(tx, ticketRecord({ n: 1 }));
        return 'done';
      });
      expect(value).toBe('done');
      expect(await store.getTicket(idOf(1))).not.toBeNull();
      await expect(kept!.getTicket(idOf(1))).rejects.toThrow();
    });

    it('show their writes to their own reads, never to reads outside when rolled back', async () => {
      const store = useStore();
      let outside: Promise<unknown> | null = null;
      const outcome = store.transaction(async (tx) => {
        await insertOne(tx, ticketRecord({ n: 1 }));
        expect((await tx.getTicket(idOf(1)))?.ticket.id).toBe(idOf(1));
        expect((await tx.queue({}, 10, null)).map((r) => r.id)).toEqual([idOf(1)]);
        outside = store.getTicket(idOf(1));
        throw new Error('rolled back');
      });
      await expect(outcome).rejects.toThrow('rolled back');
      expect(await outside).toBeNull();
    });

    it('run side by side without one failure undoing the others', async () => {
      const store = useStore();
      const results = await Promise.allSettled([
        store.transaction((tx) => insertOne(tx, ticketRecord({ n: 1 }))),
        store.transaction(async (tx) => {
          await insertOne(tx, ticketRecord({ n: 2 }));
          throw new Error('refused');
        }),
        store.transaction((tx) => insertOne(tx, ticketRecord({ n: 3 }))),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const ids = (await store.queue({}, 10, null)).map((r) => r.id);
      expect(ids).toEqual([idOf(1), idOf(3)]);
    });

    it('lose no change when many change one ticket at once', async () => {
      const store = useStore();
      await insertTickets(store, [{ n: 1 }]);
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.transaction(async (tx) => {
            const record = (await tx.getTicket(idOf(1)))!;
            const events = await tx.events(idOf(1));
            const seq = events.at(-1)!.seq + 1;
            await tx.appendEvents(idOf(1), [comment(seq, `change ${i}`)]);
            const summary = `${record.ticket.summary} ${i}`;
            await tx.updateTicket({ ...record, ticket: { ...record.ticket, summary } });
          }),
        ),
      );
      const events = await store.events(idOf(1));
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
      const summary = (await store.getTicket(idOf(1)))!.ticket.summary;
      expect(summary.split(' ').length).toBe(2 + 20);
    });

    it("group one app's concurrent intakes from each other's writes, not a shared snapshot", async () => {
      const store = useStore();
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          store.transaction(async (tx) => {
            const [group] = await tx.recentIncidents('payroll', at(0));
            const base = group ?? incidentRecord(`inc-${i}`, 'payroll', at(1));
            await tx.saveIncident({ ...base, size: group ? group.size + 1 : 1 });
            await tx.addIncidentTicket(base.id, idOf(i), `u-${i}`);
          }),
        ),
      );
      const groups = await store.recentIncidents('payroll', at(0));
      expect(groups.map((g) => g.size)).toEqual([10]);
      expect((await store.incidentTicketIds(groups[0]!.id, 100)).length).toBe(10);
    });

    it('let exactly one of many concurrent inserts of one ticket id win', async () => {
      const store = useStore();
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () =>
          store.transaction((tx) => insertOne(tx, ticketRecord({ n: 1 }))),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled').length).toBe(1);
      for (const r of results)
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(StoreConflictError);
    });

    it('refuse every call once closed (a second close is harmless)', async () => {
      const store = useStore();
      await insertTickets(store, [{ n: 1 }]);
      await store.close();
      await store.close();
      await expect(store.getTicket(idOf(1))).rejects.toThrow();
      await expect(store.transaction((tx) => tx.nextTicketNumber())).rejects.toThrow();
    });
  });
}
