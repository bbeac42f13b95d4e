import { describe, expect, it } from 'vitest';
import { smallModel } from '../testing/smallCorpus';
import { predictText } from './predictText';

describe('predictText', () => {
  const { model } = smallModel();

  it('predicts from raw text with casing and punctuation', () => {
    const p = predictText(model, 'Hi team,\nMy LAPTOP screen is broken & flickering!! Thanks, Ada');
    expect(p.label).toBe('Hardware');
    expect(p.category).toBe('hardware');
    expect(p.probabilities.reduce((s, x) => s + x.probability, 0)).toBeCloseTo(1);
    expect(p.confidence).toBe(p.probabilities[0]!.probability);
  });

  it('explains with the words that pushed the decision, or skips it when asked', () => {
    const p = predictText(model, 'Please approve the purchase order for a quote');
    expect(p.label).toBe('Purchase');
    expect(p.terms.map((t) => t.term)).toContain('purchase');
    expect(predictText(model, 'purchase order', { explain: 0 }).terms).toEqual([]);
  });
});
