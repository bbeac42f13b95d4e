// A prediction-only layout of a sparse weight matrix: only non-zero rows, found through a row
// index. The dense matrix of the shipped model is 8 MB and mostly zero after pruning; scoring a
// ticket touches ~400 random rows, so a 2 MB layout keeps them in cache (≥ 20k tickets/s).
import type { SparseVector } from './ticketFeatures';

export interface CompactWeights {
  /** Bucket → first weight of its row in `rows`, or -1 when the row is all zero. */
  rowOf: Int32Array;
  rows: Float32Array;
  classes: number;
}

export function compactWeights(weights: Float32Array, classes: number): CompactWeights {
  const buckets = weights.length / classes;
  const rowOf = new Int32Array(buckets).fill(-1);
  let kept = 0;
  for (let b = 0; b < buckets; b++) {
    for (let c = 0; c < classes; c++) {
      if (weights[b * classes + c] !== 0) {
        rowOf[b] = kept++ * classes;
        break;
      }
    }
  }
  const rows = new Float32Array(kept * classes);
  for (let b = 0; b < buckets; b++) {
    const at = rowOf[b]!;
    if (at >= 0) rows.set(weights.subarray(b * classes, (b + 1) * classes), at);
  }
  return { rowOf, rows, classes };
}

/** Same scores as `linearScores` over the dense matrix: bias + W·x. */
export function compactScores(
  x: SparseVector,
  weights: CompactWeights,
  bias: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  const classes = weights.classes;
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let i = 0; i < x.indices.length; i++) {
    const at = weights.rowOf[x.indices[i]!]!;
    if (at < 0) continue;
    const v = x.values[i]!;
    for (let c = 0; c < classes; c++) out[c]! += v * weights.rows[at + c]!;
  }
  return out;
}
