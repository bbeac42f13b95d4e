import { describe, expect, it } from 'vitest';
import { linearScores } from './linearScores';

describe('linearScores', () => {
  it('adds bias and weight times value per class', () => {
    // 3 buckets × 2 classes, bucket-major.
    const weights = Float32Array.from([1, 0, 0, 2, 5, 5]);
    const x = { indices: Uint32Array.from([0, 1]), values: Float32Array.from([0.5, 1]) };
    const [a, b] = linearScores(x, weights, [0.1, -0.1], new Float64Array(2));
    expect(a).toBeCloseTo(0.6);
    expect(b).toBeCloseTo(1.9);
  });
});
