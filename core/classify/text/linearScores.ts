// Class scores of a linear model over a sparse vector: bias + W·x, weights laid out bucket-major.
import type { SparseVector } from './ticketFeatures';

/** Writes one score per class into `out` and returns it. */
export function linearScores(
  x: SparseVector,
  weights: Float32Array,
  bias: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  const classes = bias.length;
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let i = 0; i < x.indices.length; i++) {
    const base = x.indices[i]! * classes;
    const v = x.values[i]!;
    for (let c = 0; c < classes; c++) out[c]! += v * weights[base + c]!;
  }
  return out;
}
