import { describe, expect, it } from 'vitest';
import { compactScores, compactWeights } from './compactWeights';
import { linearScores } from './linearScores';

describe('compactWeights', () => {
  it('keeps only non-zero rows and scores exactly like the dense matrix', () => {
    // 4 buckets × 2 classes; buckets 1 and 2 are all zero.
    const dense = Float32Array.from([0.5, -1, 0, 0, 0, 0, 0, 2]);
    const compact = compactWeights(dense, 2);
    expect(Array.from(compact.rowOf)).toEqual([0, -1, -1, 2]);
    expect(compact.rows).toHaveLength(4);
    const x = { indices: Uint32Array.from([0, 1, 3]), values: Float32Array.from([1, 3, 0.5]) };
    const bias = [0.1, 0.2];
    expect(Array.from(compactScores(x, compact, bias, new Float64Array(2)))).toEqual(
      Array.from(linearScores(x, dense, bias, new Float64Array(2))),
    );
  });
});
