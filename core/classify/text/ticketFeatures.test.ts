import { describe, expect, it } from 'vitest';
import { charGrams, pairBucket, wordBucket, wordHash } from './featureHashes';
import { termWeight, ticketFeatures, type FeatureSpec } from './ticketFeatures';

const spec: FeatureSpec = { bits: 16, charNgrams: [3, 4], charWeight: 0.5, bigramWeight: 1 };

/** Value of a bucket in a sparse vector (0 when absent). */
function valueAt(x: ReturnType<typeof ticketFeatures>, bucket: number): number {
  const at = x.indices.indexOf(bucket);
  return at < 0 ? 0 : x.values[at]!;
}

describe('ticketFeatures', () => {
  it('gives one word its bucket at length 1 and its n-grams at charWeight', () => {
    const words = ticketFeatures(['printer'], { ...spec, charWeight: 0 });
    expect(Array.from(words.indices)).toEqual([wordBucket(wordHash('printer'), 16)]);
    expect(words.values[0]).toBeCloseTo(1);
    const withChars = ticketFeatures(['printer'], spec);
    const squared = Array.from(withChars.values).reduce((s, v) => s + v * v, 0);
    expect(squared).toBeCloseTo(1 + 0.25, 2);
  });

  it('weighs repeated words sub-linearly and shares one norm across words', () => {
    const x = ticketFeatures(['vpn', 'vpn', 'vpn', 'drops'], { ...spec, charWeight: 0 });
    const vpn = valueAt(x, wordBucket(wordHash('vpn'), 16));
    const drops = valueAt(x, wordBucket(wordHash('drops'), 16));
    expect(vpn / drops).toBeCloseTo(termWeight(3));
    expect(vpn ** 2 + drops ** 2).toBeCloseTo(1 + 0, 1);
  });

  it('adds word pairs as a unit-length group weighted by bigramWeight', () => {
    const only = { ...spec, charWeight: 0, bigramWeight: 2 };
    const x = ticketFeatures(['shared', 'drive'], only);
    const pair = pairBucket(wordHash('shared'), wordHash('drive'), 16);
    expect(valueAt(x, pair)).toBeCloseTo(2);
    expect(ticketFeatures(['shared', 'drive'], { ...only, bigramWeight: 0 }).indices).toHaveLength(
      2,
    );
  });

  it('returns sorted distinct buckets inside the hash space, the same each time', () => {
    const a = ticketFeatures(['vpn', 'drops', 'vpn'], spec);
    const b = ticketFeatures(['vpn', 'drops', 'vpn'], spec);
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    expect(new Set(a.indices).size).toBe(a.indices.length);
    for (let i = 1; i < a.indices.length; i++)
      expect(a.indices[i]).toBeGreaterThan(a.indices[i - 1]!);
    expect(Math.max(...a.indices)).toBeLessThan(2 ** 16);
  });

  it('handles no tokens', () => {
    expect(ticketFeatures([], spec).indices).toHaveLength(0);
  });

  it('uses the same n-grams as charGrams', () => {
    const x = ticketFeatures(['vpn'], { ...spec, bits: 20 });
    for (const bucket of charGrams('vpn', { ...spec, bits: 20 }).buckets)
      expect(x.indices).toContain(bucket);
  });
});
