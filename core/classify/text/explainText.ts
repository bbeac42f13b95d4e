// The words that pushed a text model towards a label: each feature's contribution (value times
// how much more the label's weight is than the average label's), character n-grams folded into
// the word they came from, so an L1 agent reads "vpn", "locked", not "#vp".
import type { CompactWeights } from './compactWeights';
import type { FeatureSpec } from './ticketFeatures';
import { collectFeatures } from './ticketFeatures';

export interface TermWeight {
  term: string;
  weight: number;
}

// Push per distinct feature, indexed by its slot in the count table of `collectFeatures`.
let pushOfSlot = new Float64Array(8192);

/** The `limit` terms that pushed hardest towards label `target`, strongest first (weight > 0). */
export function explainText(
  tokens: readonly string[],
  spec: FeatureSpec,
  weights: Float32Array | CompactWeights,
  classes: number,
  target: number,
  limit = 5,
): TermWeight[] {
  // The feature values ticketFeatures computes: counts per (group, bucket), then 1 + ln(count),
  // unit length per group, times the group's weight (the same arithmetic, in the same order).
  const found = collectFeatures(tokens, spec);
  const { keys, counts, slots, unique } = found;
  const bits = spec.bits;
  const mask = (1 << bits) - 1;
  const norms = [0, 0, 0];
  for (let u = 0; u < unique; u++) {
    const slot = slots[u]!;
    norms[keys[slot]! >>> bits]! += (1 + Math.log(counts[slot]!)) ** 2;
  }
  const groupWeight = [1, spec.bigramWeight, spec.charWeight];
  const scale = norms.map((n, g) => (n > 0 ? groupWeight[g]! / Math.sqrt(n) : 0));
  // Rows of the compact layout are few and close together; the dense matrix is 8 MB.
  const dense = weights instanceof Float32Array;
  const data = dense ? weights : weights.rows;
  if (pushOfSlot.length < keys.length) pushOfSlot = new Float64Array(keys.length);
  // Each feature's push towards the target, once per distinct feature; NaN: an all-zero row.
  for (let u = 0; u < unique; u++) {
    const slot = slots[u]!;
    const key = keys[slot]!;
    const bucket = key & mask;
    const at = dense ? bucket * classes : weights.rowOf[bucket]!;
    if (at < 0) {
      pushOfSlot[slot] = NaN;
      continue;
    }
    const count = counts[slot]!;
    // Each occurrence carries an equal share of its feature's value.
    const value = ((1 + Math.log(count)) * scale[key >>> bits]!) / count;
    let mean = 0;
    for (let c = 0; c < classes; c++) mean += data[at + c]!;
    pushOfSlot[slot] = value * (data[at + target]! - mean / classes);
  }
  // Push per word (its own feature and its character n-grams) and per pair, by token index.
  const wordPush = new Float64Array(tokens.length);
  const pairPush = new Float64Array(tokens.length);
  const pairGroup = 1 << bits;
  const { emitted, origins, emissionSlot, count } = found;
  for (let i = 0; i < count; i++) {
    const push = pushOfSlot[emissionSlot[i]!]!;
    if (Number.isNaN(push)) continue; // an all-zero row pushes nowhere
    if (emitted[i]! >>> bits === pairGroup >>> bits) pairPush[origins[i]!]! += push;
    else wordPush[origins[i]!]! += push;
  }
  // Tokens with spaces (never from normalizeTicketText) could make a pair read like a word.
  if (tokens.some((token) => token.includes(' ')))
    return topTerms(sumByString(tokens, wordPush, pairPush), limit);
  // Sum per term (a word or a pair of words), terms in first-seen order: words by their string,
  // pairs by the entries of their two words, so no pair string is built unless it is shown.
  const termWeight: number[] = [];
  const termToken: number[] = []; // token index of the term's first occurrence
  const termIsPair: boolean[] = [];
  const wordEntry = new Map<string, number>();
  const pairEntry = new Map<number, number>();
  const span = 2 * tokens.length + 1;
  let previousEntry = -1;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    let entry = wordEntry.get(token);
    if (entry === undefined) {
      entry = termWeight.length;
      wordEntry.set(token, entry);
      termWeight.push(0);
      termToken.push(t);
      termIsPair.push(false);
    }
    termWeight[entry] = termWeight[entry]! + wordPush[t]!;
    if (t > 0) {
      const pairKey = previousEntry * span + entry;
      let pair = pairEntry.get(pairKey);
      if (pair === undefined) {
        pair = termWeight.length;
        pairEntry.set(pairKey, pair);
        termWeight.push(0);
        termToken.push(t);
        termIsPair.push(true);
      }
      termWeight[pair] = termWeight[pair]! + pairPush[t]!;
    }
    previousEntry = entry;
  }
  const positive: number[] = [];
  for (let e = 0; e < termWeight.length; e++) if (termWeight[e]! > 0) positive.push(e);
  return positive
    .sort((a, b) => termWeight[b]! - termWeight[a]!)
    .slice(0, limit)
    .map((e) => {
      const t = termToken[e]!;
      const term = termIsPair[e] ? `${tokens[t - 1]} ${tokens[t]}` : tokens[t]!;
      return { term, weight: Math.round(termWeight[e]! * 1000) / 1000 };
    });
}

/** Sums pushes per term string (a word, or two words joined by a space), first seen first. */
function sumByString(
  tokens: readonly string[],
  wordPush: Float64Array,
  pairPush: Float64Array,
): Map<string, number> {
  const byTerm = new Map<string, number>();
  for (let t = 0; t < tokens.length; t++) {
    byTerm.set(tokens[t]!, (byTerm.get(tokens[t]!) ?? 0) + wordPush[t]!);
    if (t > 0) {
      const pair = `${tokens[t - 1]} ${tokens[t]}`;
      byTerm.set(pair, (byTerm.get(pair) ?? 0) + pairPush[t]!);
    }
  }
  return byTerm;
}

function topTerms(byTerm: Map<string, number>, limit: number): TermWeight[] {
  return [...byTerm]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([term, weight]) => ({ term, weight: Math.round(weight * 1000) / 1000 }));
}
