import { describe, expect, it } from 'vitest';
import { smallModel } from '../testing/smallCorpus';
import { explainText } from './explainText';

describe('explainText', () => {
  const { model } = smallModel();

  it('ranks the words pushing towards a label, strongest first, positive only', () => {
    const terms = explainText(
      model,
      ['laptop', 'battery', 'office'],
      model.labels.indexOf('Hardware'),
    );
    expect(terms[0]!.term).toMatch(/laptop|battery/);
    expect(terms.every((t) => t.weight > 0)).toBe(true);
    for (let i = 1; i < terms.length; i++)
      expect(terms[i - 1]!.weight).toBeGreaterThanOrEqual(terms[i]!.weight);
  });

  it('gives the same words no push towards a label they argue against', () => {
    const terms = explainText(model, ['laptop', 'battery'], model.labels.indexOf('Purchase'), 5);
    expect(terms.map((t) => t.term)).not.toContain('laptop');
  });

  it('returns at most `limit` terms', () => {
    const tokens = ['laptop', 'screen', 'broken', 'flickering', 'replace', 'charger', 'battery'];
    expect(explainText(model, tokens, model.labels.indexOf('Hardware'), 2)).toHaveLength(2);
  });
});
