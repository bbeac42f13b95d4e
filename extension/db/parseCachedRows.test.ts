import { describe, expect, it, vi } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { idleOf, parseCachedRows, type IdleSlice } from './parseCachedRows';

const row = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  item: q({ id, number: `TD-${id}` }),
  pctAt: 5,
  ...over,
});

/** Idle periods with a fixed number of budget looks each, counted. */
function idle(looksPerSlice: number) {
  let slices = 0;
  const wait = async (): Promise<IdleSlice> => {
    slices++;
    let looks = 0;
    return { timeRemaining: () => (++looks < looksPerSlice ? 10 : 0) };
  };
  return { wait, slices: () => slices };
}

describe('parseCachedRows', () => {
  it('keeps the rows the schema accepts and counts the ones it refuses, naming the field', async () => {
    const raw = [
      row('a'),
      row('b', { pctAt: 'soon' }),
      { id: 'c', item: { ...q({ id: 'c' }), tier: 'L9' }, pctAt: 1 },
      row('d'),
      { ...row('e'), id: 'not-e' },
      null,
      'junk',
    ];
    const { rows, rejected } = await parseCachedRows(raw, idle(100).wait);
    expect(rows.map((r) => r.id)).toEqual(['a', 'd']);
    expect(rows[0]).toEqual(row('a'));
    expect(rejected.map((r) => r.id)).toEqual(['b', 'c', 'not-e', undefined, undefined]);
    expect(rejected[0]!.message).toMatch(/^pctAt: /);
    expect(rejected[1]!.message).toMatch(/^item\.tier: /);
    expect(rejected[2]!.message).toMatch(/^id: the row key is not its ticket’s id/);
  });

  it('parses in slices of idle time: one batch of 32 rows, more while the budget lasts', async () => {
    const raw = Array.from({ length: 200 }, (_, i) => row(`r${i}`));
    const tight = idle(1); // no time left after the first batch
    expect((await parseCachedRows(raw, tight.wait)).rows).toHaveLength(200);
    expect(tight.slices()).toBe(Math.ceil(200 / 32));
    const roomy = idle(3); // two looks with time left: three batches a slice
    expect((await parseCachedRows(raw, roomy.wait)).rows).toHaveLength(200);
    expect(roomy.slices()).toBe(Math.ceil(200 / 96));
    const none = idle(1);
    expect(await parseCachedRows([], none.wait)).toEqual({ rows: [], rejected: [] });
    expect(none.slices()).toBe(0);
  });

  it('waits for requestIdleCallback (with a timeout), or a task where there is none', async () => {
    const requestIdleCallback = vi.fn((cb: (d: IdleSlice) => void) => {
      cb({ timeRemaining: () => 4 });
      return 1;
    });
    const slice = await idleOf({ requestIdleCallback, setTimeout })();
    expect(slice.timeRemaining()).toBe(4);
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 200 });
    const fallback = await idleOf({ setTimeout })();
    expect(fallback.timeRemaining()).toBeGreaterThan(0);
    expect(fallback.timeRemaining()).toBeLessThanOrEqual(8);
  });
});
