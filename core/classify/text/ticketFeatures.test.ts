import { describe, expect, it } from 'vitest';
import { ticketFeatures, visitFeatures, type FeatureSpec } from './ticketFeatures';

const spec: FeatureSpec = { bits: 16, charNgrams: [3, 5], charWeight: 0.5, bigramWeight: 1 };

describe('ticketFeatures', () => {
  it('finds the same buckets as visitFeatures (the explanation path)', () => {
    const tokens = ['shared', 'drive', 'mapping', 'shared', 'drive'];
    const fast = new Set(ticketFeatures(tokens, spec).indices);
    const slow = new Set<number>();
    visitFeatures(tokens, spec, (bucket) => slow.add(bucket));
    expect([...fast].sort()).toEqual([...slow].sort());
  });

  it('gives each group the length its weight says', () => {
    const x = ticketFeatures(['printer'], { ...spec, charNgrams: [0, 0] });
    // One word, no pairs, no n-grams: a single feature of length 1.
    expect(x.indices).toHaveLength(1);
    expect(x.values[0]).toBeCloseTo(1);
    const withChars = ticketFeatures(['printer'], spec);
    const squared = Array.from(withChars.values).reduce((s, v) => s + v * v, 0);
    expect(squared).toBeCloseTo(1 + 0.25, 1);
  });

  it('is deterministic and stays inside the hash space', () => {
    const a = ticketFeatures(['vpn', 'drops'], spec);
    const b = ticketFeatures(['vpn', 'drops'], spec);
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    expect(Math.max(...a.indices)).toBeLessThan(2 ** 16);
  });

  it('handles no tokens', () => {
    expect(ticketFeatures([], spec).indices).toHaveLength(0);
  });
});
