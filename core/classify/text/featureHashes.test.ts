import { describe, expect, it } from 'vitest';
import { charGrams, pairBucket, wordBucket, wordHash } from './featureHashes';

const spec = { bits: 18, charNgrams: [3, 4] as [number, number], charWeight: 0.5, bigramWeight: 1 };

describe('feature hashes', () => {
  it('hashes words and pairs deterministically, pairs by order', () => {
    expect(wordHash('vpn')).toBe(wordHash('vpn'));
    expect(wordHash('vpn')).not.toBe(wordHash('vpm'));
    const [a, b] = [wordHash('shared'), wordHash('drive')];
    expect(pairBucket(a, b, 18)).not.toBe(pairBucket(b, a, 18));
    expect(wordBucket(a, 10)).toBeLessThan(1024);
  });

  it('gives a word its padded character n-grams at unit length', () => {
    // " vpn " has 3-grams " vp", "vpn", "pn " and 4-grams " vpn", "vpn ".
    const grams = charGrams('vpn', spec);
    expect(grams.buckets).toHaveLength(5);
    expect(grams.values.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1);
  });

  it('merges a repeated n-gram into one bucket', () => {
    // " aaaa " repeats "aaa" twice.
    const grams = charGrams('aaaa', { ...spec, charNgrams: [3, 3] });
    expect(grams.buckets).toHaveLength(3);
    expect(Math.max(...grams.values) / Math.min(...grams.values)).toBeCloseTo(2);
  });

  it('has no n-grams when they are turned off or the word is too short', () => {
    expect(charGrams('vpn', { ...spec, charNgrams: [0, 0] }).buckets).toEqual([]);
    expect(charGrams('a', { ...spec, charNgrams: [4, 4] }).buckets).toEqual([]);
  });
});
