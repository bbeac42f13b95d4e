// Scores and explains token streams with a text model, fast: per-word vectors come from a memo
// (wordVectors.ts), pairs are counted by sorting, and no buffer is allocated per ticket.
import { compactWeights, type CompactWeights } from './compactWeights';
import type { TermWeight } from './explainText';
import { pairBucket } from './featureHashes';
import type { TextModel } from './textModel';
import { termWeight } from './ticketFeatures';
import { WordVectors } from './wordVectors';

export class TextScorer {
  readonly words: WordVectors;
  private readonly weights: CompactWeights;
  private entryOf = new Int32Array(512);
  private distinct = new Int32Array(512);
  private pairs = new Uint32Array(512);
  private counts = new Uint32Array(0);

  constructor(
    private readonly model: TextModel,
    capacity?: number,
  ) {
    this.weights = model.compact ?? compactWeights(model.weights, model.labels.length);
    this.words = new WordVectors(model.features, this.weights, capacity);
  }

  /** bias + W·x for x = ticketFeatures(tokens), written into `out` (length: the labels). */
  score(tokens: readonly string[], out: Float64Array): Float64Array {
    const classes = this.weights.classes;
    const bias = this.model.bias;
    for (let c = 0; c < classes; c++) out[c] = bias[c]!;
    const distinct = this.countWords(tokens);
    const { vectors } = this.words;
    const counts = this.counts;
    const entries = this.distinct;
    let squares = 0;
    for (let d = 0; d < distinct; d++) squares += termWeight(counts[entries[d]!]!) ** 2;
    const norm = squares > 0 ? 1 / Math.sqrt(squares) : 0;
    for (let d = 0; d < distinct; d++) {
      const entry = entries[d]!;
      const weight = termWeight(counts[entry]!) * norm;
      counts[entry] = 0;
      const at = entry * classes;
      for (let c = 0; c < classes; c++) out[c]! += weight * vectors[at + c]!;
    }
    this.addPairs(tokens.length, out);
    return out;
  }

  /** The `limit` words and pairs that pushed hardest towards label `target`, strongest first. */
  explain(tokens: readonly string[], target: number, limit = 5): TermWeight[] {
    const classes = this.weights.classes;
    const distinct = this.countWords(tokens);
    const { vectors } = this.words;
    const counts = this.counts;
    const entries = this.distinct;
    const terms: TermWeight[] = [];
    // A feature's push: its value × how much more its target weight is than the labels' mean.
    const push = (data: Float32Array, at: number, value: number) => {
      let mean = 0;
      for (let c = 0; c < classes; c++) mean += data[at + c]!;
      return value * (data[at + target]! - mean / classes);
    };
    let squares = 0;
    for (let d = 0; d < distinct; d++) squares += termWeight(counts[entries[d]!]!) ** 2;
    const norm = squares > 0 ? 1 / Math.sqrt(squares) : 0;
    const firstToken = new Map<number, string>();
    for (let t = 0; t < tokens.length; t++)
      if (!firstToken.has(this.entryOf[t]!)) firstToken.set(this.entryOf[t]!, tokens[t]!);
    for (let d = 0; d < distinct; d++) {
      const entry = entries[d]!;
      const weight = push(vectors, entry * classes, termWeight(counts[entry]!) * norm);
      counts[entry] = 0;
      terms.push({ term: firstToken.get(entry)!, weight });
    }
    // Pairs are named after their first occurrence (two pairs sharing a bucket are one feature).
    const pairCounts = new Map<number, { count: number; term: string }>();
    const { hashes } = this.words;
    for (let t = 1; t < tokens.length; t++) {
      const bucket = pairBucket(
        hashes[this.entryOf[t - 1]!]!,
        hashes[this.entryOf[t]!]!,
        this.model.features.bits,
      );
      const seen = pairCounts.get(bucket);
      if (seen) seen.count++;
      else pairCounts.set(bucket, { count: 1, term: `${tokens[t - 1]} ${tokens[t]}` });
    }
    let pairSquares = 0;
    for (const { count } of pairCounts.values()) pairSquares += termWeight(count) ** 2;
    const pairNorm =
      pairSquares > 0 ? this.model.features.bigramWeight / Math.sqrt(pairSquares) : 0;
    const { rowOf, rows } = this.weights;
    for (const [bucket, { count, term }] of pairCounts) {
      const at = rowOf[bucket]!;
      if (at >= 0) terms.push({ term, weight: push(rows, at, termWeight(count) * pairNorm) });
    }
    // One entry per term: a pair may read like a word only if tokens held spaces.
    const byTerm = new Map<string, number>();
    for (const { term, weight } of terms) byTerm.set(term, (byTerm.get(term) ?? 0) + weight);
    return [...byTerm]
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([term, weight]) => ({ term, weight: Math.round(weight * 1000) / 1000 }));
  }

  /** Fills `entryOf` per token and `distinct` entries with their `counts`; returns how many. */
  private countWords(tokens: readonly string[]): number {
    const n = tokens.length;
    const words = this.words;
    words.reserve(n);
    if (this.entryOf.length < n) {
      this.entryOf = new Int32Array(n * 2);
      this.distinct = new Int32Array(n * 2);
      this.pairs = new Uint32Array(n * 2);
    }
    if (this.counts.length * this.weights.classes < words.vectors.length)
      this.counts = new Uint32Array(words.vectors.length / this.weights.classes);
    const { entryOf, distinct, counts } = this;
    let d = 0;
    for (let t = 0; t < n; t++) {
      const entry = words.entry(tokens[t]!);
      entryOf[t] = entry;
      if (counts[entry]!++ === 0) distinct[d++] = entry;
    }
    return d;
  }

  /** Adds the pair features of the tokens last counted (sorted buckets, counted in runs). */
  private addPairs(n: number, out: Float64Array): void {
    if (n < 2) return;
    const { bits, bigramWeight } = this.model.features;
    const { hashes } = this.words;
    const { entryOf } = this;
    const keys = this.pairs.subarray(0, n - 1);
    for (let t = 1; t < n; t++)
      keys[t - 1] = pairBucket(hashes[entryOf[t - 1]!]!, hashes[entryOf[t]!]!, bits);
    keys.sort();
    let squares = 0;
    for (let i = 0; i < keys.length;) {
      let j = i + 1;
      while (j < keys.length && keys[j] === keys[i]) j++;
      squares += termWeight(j - i) ** 2;
      i = j;
    }
    const scale = bigramWeight / Math.sqrt(squares);
    const classes = this.weights.classes;
    const { rowOf, rows } = this.weights;
    for (let i = 0; i < keys.length;) {
      let j = i + 1;
      while (j < keys.length && keys[j] === keys[i]) j++;
      const at = rowOf[keys[i]!]!;
      if (at >= 0) {
        const value = termWeight(j - i) * scale;
        for (let c = 0; c < classes; c++) out[c]! += value * rows[at + c]!;
      }
      i = j;
    }
  }
}

const scorers = new WeakMap<TextModel, TextScorer>();

/** The scorer of a model, made once per model object (it holds the model's word memo). */
export function textScorer(model: TextModel): TextScorer {
  let scorer = scorers.get(model);
  if (scorer === undefined) {
    scorer = new TextScorer(model);
    scorers.set(model, scorer);
  }
  return scorer;
}
