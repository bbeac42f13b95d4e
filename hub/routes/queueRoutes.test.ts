import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft, startTestHub, type TestHub } from '../testing/testHub';

let hub: TestHub;
const impacts = ['individual', 'team', 'department', 'organization'] as const;
const urgencies = ['blocked', 'degraded', 'minor'] as const;

interface Item {
  id: string;
  number: string;
  nextDueAt: string | null;
  priority: string;
  tier: string;
  status: string;
  app: { id: string };
}

beforeAll(async () => {
  hub = await startTestHub();
  for (let i = 0; i < 36; i++) {
    const d = draft({
      impact: impacts[i % 4]!,
      urgency: urgencies[i % 3]!,
      ...(i % 5 === 0 ? { app: { id: 'wiki' } } : {}),
    });
    const res = await hub.request('/v1/tickets', {
      method: 'POST',
      ...(i % 5 === 0 ? { as: 'L1' as const } : { as: 'key' as const }),
      json: d,
    });
    expect(res.status).toBe(201);
    hub.advance(1000);
  }
});
afterAll(() => hub.dispose());

const due = (i: Item) => (i.nextDueAt ? Date.parse(i.nextDueAt) : Infinity);

describe('GET /v1/queue', () => {
  it('lists open tickets soonest deadline first, then by number', async () => {
    const res = await hub.request('/v1/queue?limit=200', { as: 'L1' });
    expect(res.status).toBe(200);
    const { items, nextCursor } = (await res.json()) as {
      items: Item[];
      nextCursor: string | null;
    };
    expect(items).toHaveLength(36);
    expect(nextCursor).toBeNull();
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      expect(
        due(a) < due(b) ||
          (due(a) === due(b) && Number(a.number.slice(3)) < Number(b.number.slice(3))),
      ).toBe(true);
    }
    expect(items[0]!.priority).toBe('P1');
  });

  it('pages with a cursor through every ticket exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await hub.request(`/v1/queue?limit=7${cursor ? `&cursor=${cursor}` : ''}`, {
        as: 'L2',
      });
      const page = (await res.json()) as { items: Item[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(36);
    expect(new Set(seen).size).toBe(36);
  });

  it('filters by tier, priority, app and status (comma lists)', async () => {
    const get = async (q: string) =>
      (
        (await (await hub.request(`/v1/queue?limit=200&${q}`, { as: 'L1' })).json()) as {
          items: Item[];
        }
      ).items;
    const p12 = await get('priority=P1,P2');
    expect(p12.length).toBeGreaterThan(0);
    expect(p12.every((i) => i.priority === 'P1' || i.priority === 'P2')).toBe(true);
    const wiki = await get('app=wiki');
    expect(wiki).toHaveLength(8);
    expect(wiki.every((i) => i.app.id === 'wiki')).toBe(true);
    const l3 = await get('tier=L3');
    expect(l3.every((i) => i.tier === 'L3')).toBe(true);
    expect(await get('status=resolved,closed')).toEqual([]);
    expect((await get('status=new')).length).toBe(36);
  });

  it('names a bad filter or cursor, and needs an agent', async () => {
    const bad = await hub.request('/v1/queue?tier=L9', { as: 'L1' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].path).toBe('query.tier');
    expect((await hub.request('/v1/queue?limit=1000', { as: 'L1' })).status).toBe(400);
    expect((await hub.request('/v1/queue?cursor=garbage', { as: 'L1' })).status).toBe(400);
    expect((await hub.request('/v1/queue?sort=x', { as: 'L1' })).status).toBe(400);
    expect((await hub.request('/v1/queue')).status).toBe(401);
    expect((await hub.request('/v1/queue', { as: 'key' })).status).toBe(401);
  });
});
