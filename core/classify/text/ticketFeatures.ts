// Hashed features of a token stream (model version 2): each distinct word with its character
// n-grams, weighted by sub-linear count, plus word pairs; the form training and scoring share.
import { charGrams, pairBucket, wordBucket, wordHash } from './featureHashes';

/** How a model turns tokens into features; stored in the model so prediction matches training. */
export interface FeatureSpec {
  /** Hash space is 2^bits buckets. */
  bits: number;
  /** Character n-gram lengths inside padded words, e.g. [3, 4]; [0, 0] turns them off. */
  charNgrams: [number, number];
  /** Weight of a word's character n-grams (unit length per word) relative to the word itself. */
  charWeight: number;
  /** Weight of the word-pair group (unit length) relative to the word group (unit length). */
  bigramWeight: number;
}

/** A sparse feature vector: sorted, distinct bucket indices and their values. */
export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
}

/** Sub-linear term frequency: a word said five times is not five times the evidence. */
export function termWeight(count: number): number {
  return count === 1 ? 1 : 1 + Math.log(count);
}

/**
 * The feature vector of one token stream. Words: each distinct word w, with t(w) = 1 + ln(count),
 * adds t(w)/N to its own bucket and `charWeight` × t(w)/N × its unit-length character n-gram
 * vector, where N = √Σ t(w)²; so the whole word part of a ticket is a weighted sum of per-word
 * vectors, which prediction memoises per word (wordVectors.ts). Pairs: counts per pair bucket,
 * sub-linear, unit length × `bigramWeight`.
 * @example ticketFeatures(['vpn', 'drops'], defaultFeatureSpec).indices.length // 12
 */
export function ticketFeatures(tokens: readonly string[], spec: FeatureSpec): SparseVector {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  let squares = 0;
  for (const count of counts.values()) squares += termWeight(count) ** 2;
  const norm = squares > 0 ? 1 / Math.sqrt(squares) : 0;
  const vector = new Map<number, number>();
  const add = (bucket: number, value: number) =>
    vector.set(bucket, (vector.get(bucket) ?? 0) + value);
  for (const [word, count] of counts) {
    const weight = termWeight(count) * norm;
    add(wordBucket(wordHash(word), spec.bits), weight);
    if (spec.charWeight === 0) continue;
    const grams = charGrams(word, spec);
    for (let g = 0; g < grams.buckets.length; g++)
      add(grams.buckets[g]!, weight * spec.charWeight * grams.values[g]!);
  }
  const pairs = new Map<number, number>();
  for (let t = 1; t < tokens.length; t++) {
    const bucket = pairBucket(wordHash(tokens[t - 1]!), wordHash(tokens[t]!), spec.bits);
    pairs.set(bucket, (pairs.get(bucket) ?? 0) + 1);
  }
  let pairSquares = 0;
  for (const count of pairs.values()) pairSquares += termWeight(count) ** 2;
  const pairNorm = pairSquares > 0 ? spec.bigramWeight / Math.sqrt(pairSquares) : 0;
  if (pairNorm > 0) for (const [bucket, count] of pairs) add(bucket, termWeight(count) * pairNorm);
  const indices = Uint32Array.from(vector.keys()).sort();
  const values = Float32Array.from(indices, (bucket) => vector.get(bucket)!);
  return { indices, values };
}
