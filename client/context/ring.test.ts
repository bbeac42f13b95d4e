import { describe, expect, it } from 'vitest';
import { createRing } from './ring';

describe('createRing', () => {
  it('keeps only the newest entries', () => {
    const ring = createRing<{ n: number; count?: number }>(3);
    for (let n = 1; n <= 5; n++) ring.push({ n });
    expect(ring.items().map((e) => e.n)).toEqual([3, 4, 5]);
  });

  it('folds an immediate repeat into a count', () => {
    const ring = createRing<{ m: string; count?: number }>(3, (a, b) => a.m === b.m);
    ring.push({ m: 'a' });
    ring.push({ m: 'a' });
    ring.push({ m: 'a' });
    ring.push({ m: 'b' });
    ring.push({ m: 'a' });
    expect(ring.items()).toEqual([{ m: 'a', count: 3 }, { m: 'b' }, { m: 'a' }]);
  });

  it('hands out copies, and clears', () => {
    const ring = createRing<{ m: string; count?: number }>(3);
    ring.push({ m: 'a' });
    ring.items()[0]!.m = 'changed';
    expect(ring.items()[0]!.m).toBe('a');
    ring.clear();
    expect(ring.items()).toEqual([]);
  });
});
