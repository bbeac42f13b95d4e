import { describe, expect, it } from 'vitest';
import { softmax } from './softmax';

describe('softmax', () => {
  it('sums to one, keeps order, and survives large scores', () => {
    const p = softmax([1000, 999, 0], new Float64Array(3));
    expect(p[0]! + p[1]! + p[2]!).toBeCloseTo(1);
    expect(p[0]).toBeGreaterThan(p[1]!);
    expect(Number.isFinite(p[2])).toBe(true);
  });

  it('flattens with a higher temperature', () => {
    const sharp = softmax([2, 0], new Float64Array(2), 1)[0]!;
    const flat = softmax([2, 0], new Float64Array(2), 4)[0]!;
    expect(flat).toBeLessThan(sharp);
    expect(flat).toBeGreaterThan(0.5);
  });
});
