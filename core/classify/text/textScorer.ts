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
  /** Token index where each distinct word first occurs. */
  private firstToken = new Int32Array(512);
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
    // Tokens with spaces (never from normalizeTicketText) could make a pair read like a word:
    // then every term is ranked and terms of the same text are merged.
    const spaced = tokens.some((token) => token.includes(' '));
    const classes = this.weights.classes;
    const distinct = this.countWords(tokens);
    const { vectors, hashes } = this.words;
    const { counts, distinct: entries, firstToken, entryOf } = this;
    // A feature's push: its value × how much more its target weight is than the labels' mean.
    const push = (data: Float32Array, at: number, value: number) => {
      let mean = 0;
      for (let c = 0; c < classes; c++) mean += data[at + c]!;
      return value * (data[at + target]! - mean / classes);
    };
    let squares = 0;
    for (let d = 0; d < distinct; d++) squares += termWeight(counts[entries[d]!]!) ** 2;
    const norm = squares > 0 ? 1 / Math.sqrt(squares) : 0;
    const top = new TopTerms(spaced ? Infinity : limit);
    for (let d = 0; d < distinct; d++) {
      const entry = entries[d]!;
      top.offer(
        push(vectors, entry * classes, termWeight(counts[entry]!) * norm),
        firstToken[d]!,
        false,
      );
      counts[entry] = 0;
    }
    // Pairs by bucket, named after their first occurrence (two pairs in one bucket are one feature).
    const bits = this.model.features.bits;
    const pairIndex = new Map<number, number>();
    const pairCount: number[] = [];
    const pairFirst: number[] = [];
    const pairBuckets: number[] = [];
    for (let t = 1; t < tokens.length; t++) {
      const bucket = pairBucket(hashes[entryOf[t - 1]!]!, hashes[entryOf[t]!]!, bits);
      const seen = pairIndex.get(bucket);
      if (seen !== undefined) pairCount[seen]!++;
      else {
        pairIndex.set(bucket, pairCount.length);
        pairCount.push(1);
        pairFirst.push(t);
        pairBuckets.push(bucket);
      }
    }
    let pairSquares = 0;
    for (const count of pairCount) pairSquares += termWeight(count) ** 2;
    const pairNorm =
      pairSquares > 0 ? this.model.features.bigramWeight / Math.sqrt(pairSquares) : 0;
    const { rowOf, rows } = this.weights;
    for (let p = 0; p < pairCount.length; p++) {
      const at = rowOf[pairBuckets[p]!]!;
      if (at >= 0)
        top.offer(push(rows, at, termWeight(pairCount[p]!) * pairNorm), pairFirst[p]!, true);
    }
    if (!spaced) return top.terms(tokens);
    const byTerm = new Map<string, number>();
    for (const { term, weight } of top.terms(tokens, false))
      byTerm.set(term, (byTerm.get(term) ?? 0) + weight);
    return [...byTerm]
      .sort((x, y) => y[1] - x[1])
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
      this.firstToken = new Int32Array(n * 2);
      this.pairs = new Uint32Array(n * 2);
    }
    if (this.counts.length * this.weights.classes < words.vectors.length)
      this.counts = new Uint32Array(words.vectors.length / this.weights.classes);
    const { entryOf, distinct, counts, firstToken } = this;
    let d = 0;
    for (let t = 0; t < n; t++) {
      const entry = words.entry(tokens[t]!);
      entryOf[t] = entry;
      if (counts[entry]!++ === 0) {
        firstToken[d] = t;
        distinct[d++] = entry;
      }
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

/** The strongest positive terms seen so far (a word, or a pair ending at a token). */
class TopTerms {
  private readonly weight: number[] = [];
  private readonly token: number[] = [];
  private readonly pair: boolean[] = [];
  constructor(private readonly limit: number) {}

  offer(weight: number, token: number, pair: boolean): void {
    if (!(weight > 0) || this.limit <= 0) return;
    const full = this.weight.length >= this.limit;
    if (full && weight <= this.weight[this.limit - 1]!) return;
    // Insertion into a short sorted list; ties keep the first seen first.
    let at = full ? this.limit - 1 : this.weight.length;
    while (at > 0 && this.weight[at - 1]! < weight) at--;
    this.weight.splice(at, 0, weight);
    this.token.splice(at, 0, token);
    this.pair.splice(at, 0, pair);
    if (this.weight.length > this.limit) {
      this.weight.pop();
      this.token.pop();
      this.pair.pop();
    }
  }

  terms(tokens: readonly string[], round = true): TermWeight[] {
    return this.weight.map((weight, i) => {
      const t = this.token[i]!;
      const term = this.pair[i] ? `${tokens[t - 1]} ${tokens[t]}` : tokens[t]!;
      return { term, weight: round ? Math.round(weight * 1000) / 1000 : weight };
    });
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
