import { describe, expect, it } from 'vitest';
import { smallModel } from '../testing/smallCorpus';
import { explainText } from './explainText';

describe('explainText', () => {
  const { model } = smallModel();
  const classes = model.labels.length;

  it('ranks the words pushing towards a label, strongest first, positive only', () => {
    const tokens = ['laptop', 'battery', 'office'];
    const terms = explainText(
      tokens,
      model.features,
      model.weights,
      classes,
      model.labels.indexOf('Hardware'),
    );
    expect(terms[0]!.term).toMatch(/laptop|battery/);
    expect(terms.every((t) => t.weight > 0)).toBe(true);
    for (let i = 1; i < terms.length; i++)
      expect(terms[i - 1]!.weight).toBeGreaterThanOrEqual(terms[i]!.weight);
  });

  it('gives the same words no push towards a label they argue against', () => {
    const terms = explainText(
      ['laptop', 'battery'],
      model.features,
      model.weights,
      classes,
      model.labels.indexOf('Purchase'),
      5,
    );
    expect(terms.map((t) => t.term)).not.toContain('laptop');
  });
});

describe('explainText over compact weights', () => {
  it('gives the same terms as over the dense matrix', async () => {
    const { compactWeights } = await import('./compactWeights');
    const { model } = smallModel();
    const classes = model.labels.length;
    const target = model.labels.indexOf('Access');
    const tokens = ['grant', 'access', 'folder', 'site'];
    expect(
      explainText(tokens, model.features, compactWeights(model.weights, classes), classes, target),
    ).toEqual(explainText(tokens, model.features, model.weights, classes, target));
  });
});
