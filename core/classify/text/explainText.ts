// The words that pushed a text model towards a label: each feature's contribution (value times
// how much more the label's weight is than the average label's), character n-grams folded into
// the word they came from, so an L1 agent reads "vpn", "locked", not "#vp".
import type { CompactWeights } from './compactWeights';
import type { FeatureSpec } from './ticketFeatures';
import { visitFeatures } from './ticketFeatures';

export interface TermWeight {
  term: string;
  weight: number;
}

/** The `limit` terms that pushed hardest towards label `target`, strongest first (weight > 0). */
export function explainText(
  tokens: readonly string[],
  spec: FeatureSpec,
  weights: Float32Array | CompactWeights,
  classes: number,
  target: number,
  limit = 5,
): TermWeight[] {
  // Re-derive the feature values ticketFeatures computes: counts per (group, bucket), then
  // 1 + ln(count), unit length per group, times the group's weight.
  const buckets: number[] = [];
  const groups: number[] = [];
  const origins: number[] = [];
  visitFeatures(tokens, spec, (bucket, group, token) => {
    buckets.push(bucket);
    groups.push(group);
    origins.push(token);
  });
  const key = (i: number) => groups[i]! * 2 ** 24 + buckets[i]!;
  const counts = new Map<number, number>();
  for (let i = 0; i < buckets.length; i++) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  const norms = [0, 0, 0];
  for (const [k, count] of counts) norms[Math.floor(k / 2 ** 24)]! += (1 + Math.log(count)) ** 2;
  const groupWeight = [1, spec.bigramWeight, spec.charWeight];
  const scale = norms.map((n, g) => (n > 0 ? groupWeight[g]! / Math.sqrt(n) : 0));
  // Push per word (its own feature and its character n-grams) and per pair, by token index.
  const wordPush = new Float64Array(tokens.length);
  const pairPush = new Float64Array(tokens.length);
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i]!;
    // Rows of the compact layout are few and close together; the dense matrix is 8 MB.
    const data = weights instanceof Float32Array ? weights : weights.rows;
    const at = weights instanceof Float32Array ? bucket * classes : weights.rowOf[bucket]!;
    if (at < 0) continue; // an all-zero row pushes nowhere
    const count = counts.get(key(i))!;
    // Each occurrence carries an equal share of its feature's value.
    const value = ((1 + Math.log(count)) * scale[groups[i]!]!) / count;
    let mean = 0;
    for (let c = 0; c < classes; c++) mean += data[at + c]!;
    const push = value * (data[at + target]! - mean / classes);
    if (groups[i] === 1) pairPush[origins[i]!]! += push;
    else wordPush[origins[i]!]! += push;
  }
  const byTerm = new Map<string, number>();
  for (let t = 0; t < tokens.length; t++) {
    byTerm.set(tokens[t]!, (byTerm.get(tokens[t]!) ?? 0) + wordPush[t]!);
    if (t > 0) {
      const pair = `${tokens[t - 1]} ${tokens[t]}`;
      byTerm.set(pair, (byTerm.get(pair) ?? 0) + pairPush[t]!);
    }
  }
  return [...byTerm]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([term, weight]) => ({ term, weight: Math.round(weight * 1000) / 1000 }));
}
