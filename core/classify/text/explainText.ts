// The words that pushed a text model towards a label: each feature's contribution (value times
// how much more the label's weight is than the average label's), character n-grams folded into
// the word they came from, so an L1 agent reads "vpn", "locked", not "#vp".
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
  weights: Float32Array,
  classes: number,
  target: number,
  limit = 5,
): TermWeight[] {
  // Re-derive the feature values ticketFeatures computes: counts per (group, bucket), then
  // 1 + ln(count), unit length per group, times the group's weight.
  const counts = new Map<number, number>();
  const key = (bucket: number, group: number) => group * 2 ** 24 + bucket;
  visitFeatures(tokens, spec, (bucket, group) => {
    const k = key(bucket, group);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const norms = [0, 0, 0];
  for (const [k, count] of counts) norms[Math.floor(k / 2 ** 24)]! += (1 + Math.log(count)) ** 2;
  const groupWeight = [1, spec.bigramWeight, spec.charWeight];
  const scale = norms.map((n, g) => (n > 0 ? groupWeight[g]! / Math.sqrt(n) : 0));
  const byTerm = new Map<string, number>();
  visitFeatures(tokens, spec, (bucket, group, t) => {
    const count = counts.get(key(bucket, group))!;
    // Each occurrence carries an equal share of its feature's value.
    const value = ((1 + Math.log(count)) * scale[group]!) / count;
    let mean = 0;
    for (let c = 0; c < classes; c++) mean += weights[bucket * classes + c]!;
    const push = value * (weights[bucket * classes + target]! - mean / classes);
    const term = group === 1 ? `${tokens[t - 1]} ${tokens[t]}` : tokens[t]!;
    byTerm.set(term, (byTerm.get(term) ?? 0) + push);
  });
  return [...byTerm]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([term, weight]) => ({ term, weight: Math.round(weight * 1000) / 1000 }));
}
