// Softmax with a temperature, stable for large scores: the model's probabilities.

/** Writes softmax(scores / temperature) into `out` (may be `scores`) and returns it. */
export function softmax(
  scores: ArrayLike<number>,
  out: Float64Array,
  temperature = 1,
): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) max = Math.max(max, scores[c]! / temperature);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp(scores[c]! / temperature - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) out[c] = out[c]! / sum;
  return out;
}
