import { describe, expect, it } from 'vitest';
import { fitLinearModel } from './fitLinearModel';
import { linearScores } from './linearScores';

describe('fitLinearModel', () => {
  // Two classes told apart by which bucket is set.
  const rows = Array.from({ length: 40 }, (_, i) => ({
    indices: Uint32Array.from([i % 2, 2]),
    values: Float32Array.from([1, 0.5]),
  }));
  const targets = rows.map((_, i) => i % 2);

  it('learns a separable problem', () => {
    const { weights, bias } = fitLinearModel(rows, targets, 2, 4, {
      epochs: 5,
      learningRate: 0.5,
      l2: 0,
      seed: 1,
    });
    const s0 = linearScores(rows[0]!, weights, bias, new Float64Array(2));
    const s1 = linearScores(rows[1]!, weights, bias, new Float64Array(2));
    expect(s0[0]).toBeGreaterThan(s0[1]!);
    expect(s1[1]).toBeGreaterThan(s1[0]!);
  });

  it('is reproducible from its seed', () => {
    const options = { epochs: 2, learningRate: 0.5, l2: 1e-4, seed: 9 };
    const a = fitLinearModel(rows, targets, 2, 4, options);
    const b = fitLinearModel(rows, targets, 2, 4, options);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });
});
