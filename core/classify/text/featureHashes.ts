// The hashes that place a ticket's words, word pairs and character n-grams in the model's
// buckets: shared by training (ticketFeatures) and prediction (wordVectors), so both agree.
import type { FeatureSpec } from './ticketFeatures';

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

/** Murmur3's finaliser: spreads FNV's weak low bits before masking. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a of a word: the key of its own bucket and of the pairs it is part of. */
export function wordHash(word: string): number {
  let h = fnvOffset ^ 1;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), fnvPrime);
  return h >>> 0;
}

/** The bucket of a word (from its `wordHash`). */
export function wordBucket(hash: number, bits: number): number {
  return mix(hash) & ((1 << bits) - 1);
}

/** The bucket of the pair "previous word" + "word" (from their `wordHash`es). */
export function pairBucket(previous: number, hash: number, bits: number): number {
  return mix(Math.imul(previous, 0x9e3779b1) ^ hash ^ 0x5bd1e995) & ((1 << bits) - 1);
}

/** A word's character n-grams: distinct buckets and values forming a vector of unit length. */
export interface CharGrams {
  buckets: number[];
  values: number[];
}

/**
 * Character n-grams of " word " (spaces mark the boundary, as scikit-learn's char_wb), merged
 * per bucket and scaled to unit length, so a long word weighs no more than a short one.
 * @example charGrams('vpn', { bits: 18, charNgrams: [3, 4], charWeight: 0.5, bigramWeight: 1 }).buckets.length // 5
 */
export function charGrams(word: string, spec: FeatureSpec): CharGrams {
  const [minN, maxN] = spec.charNgrams;
  const mask = (1 << spec.bits) - 1;
  const buckets: number[] = [];
  const values: number[] = [];
  if (maxN === 0) return { buckets, values };
  const padded = ` ${word.slice(0, 256)} `;
  for (let start = 0; start + minN <= padded.length; start++) {
    let c = fnvOffset ^ 3;
    const stop = Math.min(padded.length, start + maxN);
    for (let end = start; end < stop; end++) {
      c = Math.imul(c ^ padded.charCodeAt(end), fnvPrime);
      const size = end - start + 1;
      if (size < minN) continue;
      const bucket = mix(c ^ size) & mask;
      // Words are short: a linear scan for a repeated bucket beats a map.
      const at = buckets.indexOf(bucket);
      if (at >= 0) values[at]! += 1;
      else {
        buckets.push(bucket);
        values.push(1);
      }
    }
  }
  let squares = 0;
  for (const v of values) squares += v * v;
  const scale = squares > 0 ? 1 / Math.sqrt(squares) : 0;
  for (let i = 0; i < values.length; i++) values[i] = values[i]! * scale;
  return { buckets, values };
}
