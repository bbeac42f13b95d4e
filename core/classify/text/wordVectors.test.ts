import { describe, expect, it } from 'vitest';
import { compactWeights } from './compactWeights';
import { charGrams, wordBucket, wordHash } from './featureHashes';
import { WordVectors } from './wordVectors';

const spec = { bits: 8, charNgrams: [3, 3] as [number, number], charWeight: 0.5, bigramWeight: 1 };
const classes = 2;
// Weights of 256 buckets × 2 classes: bucket b scores (b, -b) / 256.
const dense = Float32Array.from({ length: 256 * classes }, (_, i) =>
  i % 2 === 0 ? i / 2 / 256 : -(i - 1) / 2 / 256,
);

function expected(word: string): number[] {
  const own = wordBucket(wordHash(word), 8);
  const out = [dense[own * 2]!, dense[own * 2 + 1]!];
  const grams = charGrams(word, spec);
  grams.buckets.forEach((b, g) => {
    out[0]! += 0.5 * grams.values[g]! * dense[b * 2]!;
    out[1]! += 0.5 * grams.values[g]! * dense[b * 2 + 1]!;
  });
  return out;
}

describe('WordVectors', () => {
  it("holds each word's row plus its weighted n-gram rows", () => {
    const words = new WordVectors(spec, compactWeights(dense, classes));
    words.reserve(1);
    const entry = words.entry('printer');
    const [a, b] = expected('printer');
    expect(words.vectors[entry * 2]).toBeCloseTo(a!, 5);
    expect(words.vectors[entry * 2 + 1]).toBeCloseTo(b!, 5);
    expect(words.hashes[entry]).toBe(wordHash('printer'));
    expect(words.entry('printer')).toBe(entry);
  });

  it('forgets everything when full and still gives the same vectors', () => {
    const words = new WordVectors(spec, compactWeights(dense, classes), 2);
    words.reserve(2);
    words.entry('vpn');
    words.entry('drops');
    expect(words.size).toBe(2);
    words.reserve(1);
    expect(words.size).toBe(0);
    const entry = words.entry('printer');
    expect(words.vectors[entry * 2]).toBeCloseTo(expected('printer')[0]!, 5);
  });

  it('grows for a ticket with more distinct words than it holds', () => {
    const words = new WordVectors(spec, compactWeights(dense, classes), 2);
    words.reserve(5);
    const entries = ['a', 'b', 'c', 'd', 'e'].map((w) => words.entry(w));
    expect(new Set(entries).size).toBe(5);
    expect(words.vectors.length).toBe(5 * classes);
  });
});
