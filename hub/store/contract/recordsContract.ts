// The store contract for what surrounds tickets: intake records, attachments, known issues and
// deflections, incidents and members, agents and revocation, the lead's stats, secrets.
import { describe, expect, it } from 'vitest';
import { StoreConflictError, type HubStore } from '../hubStore';
import {
  agentRecord,
  at,
  attachmentMeta,
  idOf,
  incidentRecord,
  insertTickets,
  knownIssue,
} from './contractFixtures';

const conflictOf = (error: unknown) =>
  error instanceof StoreConflictError ? error.entity : `not a conflict: ${String(error)}`;

export function recordsContract(useStore: () => HubStore): void {
  describe('intake records', () => {
    it('keeps the first answer; a second record for the id is a conflict', async () => {
      const store = useStore();
      const receipt = { number: 'TD-1001', due: { firstResponse: at(60) } };
      await store.transaction((tx) =>
        tx.saveIntakeRequest({ ticketId: idOf(1), bodySha256: 'a'.repeat(64), receipt }, at(0)),
      );
      expect(await store.intakeRequest(idOf(1))).toEqual({
        ticketId: idOf(1),
        bodySha256: 'a'.repeat(64),
        receipt,
      });
      expect(await store.intakeRequest(idOf(2))).toBeNull();
      const again = store.transaction((tx) =>
        tx.saveIntakeRequest({ ticketId: idOf(1), bodySha256: 'b'.repeat(64), receipt: {} }, at(1)),
      );
      expect(conflictOf(await again.catch((e: unknown) => e))).toBe('intake');
      expect((await store.intakeRequest(idOf(1)))?.bodySha256).toBe('a'.repeat(64));
    });
  });

  describe('attachments', () => {
    it('stores bytes by id and finds them by ticket and hash; the same bytes twice conflict', async () => {
      const store = useStore();
      await insertTickets(store, [{ n: 1 }, { n: 2 }]);
      const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
      const meta = attachmentMeta(idOf(500), 'c'.repeat(64));
      await store.transaction((tx) => tx.insertAttachment(idOf(1), meta, bytes));
      expect(await store.attachmentByHash(idOf(1), 'c'.repeat(64))).toEqual(meta);
      expect(await store.attachmentByHash(idOf(2), 'c'.repeat(64))).toBeNull();
      const stored = await store.attachment(idOf(500));
      expect(stored?.ticketId).toBe(idOf(1));
      expect(stored?.meta).toEqual(meta);
      expect(Buffer.from(stored!.data).equals(bytes)).toBe(true);
      expect(await store.attachment(idOf(501))).toBeNull();
      const twice = store.transaction((tx) =>
        tx.insertAttachment(idOf(1), attachmentMeta(idOf(502), 'c'.repeat(64)), bytes),
      );
      expect(conflictOf(await twice.catch((e: unknown) => e))).toBe('attachment');
      // Other tickets may hold the same bytes.
      await store.transaction((tx) =>
        tx.insertAttachment(idOf(2), attachmentMeta(idOf(503), 'c'.repeat(64)), bytes),
      );
      expect((await store.attachmentByHash(idOf(2), 'c'.repeat(64)))?.id).toBe(idOf(503));
    });
  });

  describe('known issues', () => {
    it('lists by id, counts deflections, and keeps the count through an update', async () => {
      const store = useStore();
      await store.transaction(async (tx) => {
        await tx.insertKnownIssue(knownIssue('ki-b', ['payroll']));
        await tx.insertKnownIssue({ ...knownIssue('ki-a'), deflections: 40 });
      });
      expect((await store.knownIssues()).map((k) => [k.id, k.deflections])).toEqual([
        ['ki-a', 0],
        ['ki-b', 0],
      ]);
      await store.transaction((tx) => tx.addDeflection('ki-b', 'payroll', 'printer', at(1)));
      await store.transaction((tx) => tx.addDeflection('ki-b', 'payroll', null, at(2)));
      const updated = { ...knownIssue('ki-b', ['payroll']), title: 'Renamed', updatedAt: at(3) };
      await store.transaction((tx) => tx.updateKnownIssue(updated));
      expect(await store.knownIssue('ki-b')).toEqual({ ...updated, deflections: 2 });
      expect(await store.knownIssue('ki-z')).toBeNull();
      expect((await store.stats()).deflections).toBe(2);
    });

    it('refuses a second issue with the same id, an update or deflection of a missing one', async () => {
      const store = useStore();
      await store.transaction((tx) => tx.insertKnownIssue(knownIssue('ki-a')));
      const twice = store.transaction((tx) => tx.insertKnownIssue(knownIssue('ki-a')));
      expect(conflictOf(await twice.catch((e: unknown) => e))).toBe('known_issue');
      await expect(
        store.transaction((tx) => tx.updateKnownIssue(knownIssue('ki-z'))),
      ).rejects.toThrow();
      await expect(
        store.transaction((tx) => tx.addDeflection('ki-z', 'payroll', null, at(1))),
      ).rejects.toThrow();
      expect((await store.knownIssues()).map((k) => k.id)).toEqual(['ki-a']);
      expect((await store.stats()).deflections).toBe(0);
    });
  });

  describe('incidents', () => {
    it("gives an app's recent groups, latest first, and members by ticket id once each", async () => {
      const store = useStore();
      const keys = Array.from({ length: 130 }, (_, i) => `u-${i}`);
      await store.transaction(async (tx) => {
        await tx.saveIncident(incidentRecord('inc-old', 'payroll', at(1)));
        await tx.saveIncident(incidentRecord('inc-mid', 'payroll', at(20)));
        await tx.saveIncident({
          ...incidentRecord('inc-new', 'payroll', at(30)),
          reporterKeys: keys,
        });
        await tx.saveIncident(incidentRecord('inc-wiki', 'wiki', at(30)));
        for (const n of [3, 1, 2, 1]) await tx.addIncidentTicket('inc-new', idOf(n), `u-${n}`);
      });
      const recent = await store.recentIncidents('payroll', at(10));
      expect(recent.map((i) => i.id)).toEqual(['inc-new', 'inc-mid']);
      expect(recent[0]!.reporterKeys).toEqual(keys.slice(0, 100));
      expect(await store.incidentTicketIds('inc-new', 10)).toEqual([idOf(1), idOf(2), idOf(3)]);
      expect(await store.incidentTicketIds('inc-new', 2)).toEqual([idOf(1), idOf(2)]);
      expect(await store.incidentTicketIds('inc-none', 2)).toEqual([]);
      const grown = { ...incidentRecord('inc-mid', 'payroll', at(40)), major: true, size: 7 };
      await store.transaction((tx) => tx.saveIncident(grown));
      expect(await store.incident('inc-mid')).toEqual(grown);
      expect(await store.incident('inc-none')).toBeNull();
    });
  });

  describe('agents', () => {
    it('finds agents by token hash, lists them, and revokes one for good', async () => {
      const store = useStore();
      await store.transaction(async (tx) => {
        await tx.insertAgent(agentRecord('bob', at(2)));
        await tx.insertAgent({ ...agentRecord('ada', at(2)), role: 'lead' });
        await tx.insertAgent(agentRecord('cy', at(1)));
      });
      expect((await store.agents()).map((a) => a.id)).toEqual(['cy', 'ada', 'bob']);
      expect(await store.agents()).not.toContainEqual(
        expect.objectContaining({ tokenSha256: expect.anything() }),
      );
      expect(await store.agentByTokenHash(agentRecord('ada').tokenSha256)).toEqual({
        ...agentRecord('ada', at(2)),
        role: 'lead',
      });
      expect(await store.agentByTokenHash('f'.repeat(64))).toBeNull();
      expect(await store.agentRole('ada')).toBe('lead');
      expect(await store.agentRole('zed')).toBeNull();
      expect(await store.transaction((tx) => tx.revokeAgent('bob', at(5)))).toBe(true);
      expect(await store.transaction((tx) => tx.revokeAgent('bob', at(9)))).toBe(true);
      expect(await store.transaction((tx) => tx.revokeAgent('zed', at(5)))).toBe(false);
      const bob = await store.agentByTokenHash(agentRecord('bob').tokenSha256);
      expect(bob).toMatchObject({ active: false, revokedAt: at(5) });
      expect(await store.agentRole('bob')).toBe('L1');
      const twice = store.transaction((tx) => tx.insertAgent(agentRecord('ada')));
      expect(conflictOf(await twice.catch((e: unknown) => e))).toBe('agent');
    });
  });

  describe('stats and secrets', () => {
    it('counts tickets per priority, app and category, and open breaches', async () => {
      const store = useStore();
      expect(await store.stats()).toEqual({
        byPriority: [],
        byApp: [],
        byCategory: [],
        openBreached: 0,
        deflections: 0,
      });
      await insertTickets(store, [
        { n: 1, priority: 'P1', app: 'wiki', category: 'servers', breached: true },
        { n: 2, priority: 'P1', app: 'payroll', status: 'resolved', breached: true },
        { n: 3, priority: 'P3', app: 'payroll', status: 'closed' },
        { n: 4, priority: 'P3', app: 'payroll', category: 'servers' },
      ]);
      const stats = await store.stats();
      expect(stats.byPriority).toEqual([
        { priority: 'P1', total: 2, resolved: 1, breached: 2 },
        { priority: 'P3', total: 2, resolved: 1, breached: 0 },
      ]);
      expect(stats.byApp).toEqual([
        { appId: 'payroll', total: 3, open: 1 },
        { appId: 'wiki', total: 1, open: 1 },
      ]);
      expect(stats.byCategory).toEqual([
        { category: 'how_to', total: 2, open: 0 },
        { category: 'servers', total: 2, open: 2 },
      ]);
      expect(stats.openBreached).toBe(1);
    });

    it('creates a secret once and gives the same value after', async () => {
      const store = useStore();
      let created = 0;
      const make = () => `secret-${++created}`;
      // Racing first uses may each create a value, but only one is kept and given to all.
      const [a, b] = await Promise.all([store.secret('s', make), store.secret('s', make)]);
      expect(a).toMatch(/^secret-\d$/);
      expect(b).toBe(a);
      expect(await store.secret('s', make)).toBe(a);
      expect(await store.secret('other', () => 'x')).toBe('x');
    });
  });
}
