import { describe, expect, it } from 'vitest';
import { seededRandom, shuffleInPlace } from './seededRandom';

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('shuffles into a permutation', () => {
    const items = shuffleInPlace([1, 2, 3, 4, 5, 6], seededRandom(3));
    expect([...items].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shuffleInPlace([1, 2, 3, 4, 5, 6], seededRandom(3))).toEqual(items);
  });
});
