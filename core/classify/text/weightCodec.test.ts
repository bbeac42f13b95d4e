import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights } from './weightCodec';

describe('weight codec', () => {
  it('round-trips within quantisation error and drops all-zero rows', () => {
    const classes = 3;
    const buckets = 64;
    const weights = new Float32Array(buckets * classes);
    weights.set([0.5, -0.25, 0.01], 3 * classes);
    weights.set([-2, 0, 1], 40 * classes);
    const encoded = encodeWeights(weights, classes, buckets);
    // Two stored rows of three bytes: base64 of 6 bytes is 8 characters.
    expect(encoded.data).toHaveLength(8);
    const back = decodeWeights(encoded, classes, buckets);
    weights.forEach((w, i) => expect(Math.abs(back[i]! - w)).toBeLessThan(0.04));
    expect(back[3 * classes + 2]).toBeGreaterThan(0); // small weights keep their sign
  });

  it('fails on parts that do not fit together', () => {
    const encoded = encodeWeights(Float32Array.from([1, 1]), 2, 1);
    expect(() => decodeWeights(encoded, 2, 64)).toThrow(/rows has/);
    expect(() => decodeWeights({ ...encoded, data: 'AA==' }, 2, 1)).toThrow(/shorter/);
    expect(() => decodeWeights({ ...encoded, data: 'AAAAAA==' }, 2, 1)).toThrow(/longer/);
  });
});

describe('pruning', () => {
  it('drops weights below the share of the largest, and rows left empty', () => {
    const weights = Float32Array.from([1, 0.005, 0.02, 0.001]); // 2 buckets × 2 classes
    const pruned = decodeWeights(encodeWeights(weights, 2, 2, 0.01), 2, 2);
    expect(pruned[1]).toBe(0);
    expect(pruned[2]).toBeGreaterThan(0);
    const both = encodeWeights(weights, 2, 2, 0.5);
    expect(both.data).toBe(encodeWeights(Float32Array.from([1, 0]), 2, 1).data);
  });
});
