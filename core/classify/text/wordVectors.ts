// A memo of each word's class-score vector (its own weight row plus its character n-grams'), so
// scoring a ticket costs one lookup per word instead of one per n-gram (ticket words repeat).
import type { CompactWeights } from './compactWeights';
import { charGrams, wordBucket, wordHash } from './featureHashes';
import type { FeatureSpec } from './ticketFeatures';

/** Words remembered before the memo starts again: 16k × 8 labels × 4 B = 512 KB of vectors. */
export const defaultWordCapacity = 16_384;

export class WordVectors {
  /** `classes` scores per entry: the word's row + charWeight × its n-grams' rows. */
  vectors: Float32Array;
  /** Each entry's `wordHash` (pairs are hashed from it). */
  hashes: Uint32Array;
  private readonly entries = new Map<string, number>();
  private capacity: number;

  constructor(
    private readonly spec: FeatureSpec,
    private readonly weights: CompactWeights,
    capacity = defaultWordCapacity,
  ) {
    this.capacity = Math.max(1, capacity);
    this.vectors = new Float32Array(this.capacity * weights.classes);
    this.hashes = new Uint32Array(this.capacity);
  }

  /** Words remembered now. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Makes room for `words` more words, so entries handed out while scoring one ticket stay
   * valid for that ticket: when full, the memo forgets everything (bounded memory, and the
   * common words come back on the next ticket).
   */
  reserve(words: number): void {
    if (this.entries.size + words <= this.capacity) return;
    this.entries.clear();
    if (words > this.capacity) {
      this.capacity = words;
      this.vectors = new Float32Array(words * this.weights.classes);
      this.hashes = new Uint32Array(words);
    }
  }

  /** The entry of a word (its vector starts at `entry × classes`); call `reserve` first. */
  entry(word: string): number {
    let entry = this.entries.get(word);
    if (entry === undefined) {
      entry = this.entries.size;
      // A token is often a slice of its ticket's text, which a kept slice would keep alive
      // (V8 shares the parent's memory for slices of 13+ characters): keep a copy instead.
      this.entries.set(word.length >= 13 ? (' ' + word).slice(1) : word, entry);
      this.fill(entry, word);
    }
    return entry;
  }

  private fill(entry: number, word: string): void {
    const { classes, rowOf, rows } = this.weights;
    const at = entry * classes;
    const hash = wordHash(word);
    this.hashes[entry] = hash;
    const vector = this.vectors;
    vector.fill(0, at, at + classes);
    const own = rowOf[wordBucket(hash, this.spec.bits)]!;
    if (own >= 0) for (let c = 0; c < classes; c++) vector[at + c] = rows[own + c]!;
    if (this.spec.charWeight === 0) return;
    const grams = charGrams(word, this.spec);
    for (let g = 0; g < grams.buckets.length; g++) {
      const row = rowOf[grams.buckets[g]!]!;
      if (row < 0) continue;
      const value = this.spec.charWeight * grams.values[g]!;
      for (let c = 0; c < classes; c++) vector[at + c]! += value * rows[row + c]!;
    }
  }
}
