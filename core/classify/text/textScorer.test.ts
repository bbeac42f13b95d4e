import { describe, expect, it } from 'vitest';
import { smallModel } from '../testing/smallCorpus';
import { linearScores } from './linearScores';
import { TextScorer, textScorer } from './textScorer';
import { ticketFeatures } from './ticketFeatures';

const { model } = smallModel();
const classes = model.labels.length;
const tickets = [
  ['laptop', 'screen', 'broken', 'laptop', 'screen', 'flickering'],
  ['please', 'grant', 'access', 'folder', 'grant', 'access'],
  ['order'],
  [],
  ['zzzunknownword', 'quote', 'quote', 'quote'],
];

describe('TextScorer', () => {
  it('scores exactly what the training features and weights say (bias + W·x)', () => {
    const scorer = new TextScorer(model);
    for (const tokens of tickets) {
      const fast = scorer.score(tokens, new Float64Array(classes));
      const slow = linearScores(
        ticketFeatures(tokens, model.features),
        model.weights,
        model.bias,
        new Float64Array(classes),
      );
      for (let c = 0; c < classes; c++) expect(fast[c]).toBeCloseTo(slow[c]!, 4);
    }
  });

  it('gives the same scores however full its word memo is', () => {
    const roomy = new TextScorer(model);
    const tight = new TextScorer(model, 3);
    for (const tokens of [...tickets, ...tickets]) {
      expect(Array.from(tight.score(tokens, new Float64Array(classes)))).toEqual(
        Array.from(roomy.score(tokens, new Float64Array(classes))),
      );
    }
  });

  it('explains with the words and pairs that pushed towards a label, strongest first', () => {
    const scorer = textScorer(model);
    const hardware = model.labels.indexOf('Hardware');
    const terms = scorer.explain(['laptop', 'battery', 'office'], hardware);
    expect(terms[0]!.term).toMatch(/laptop|battery/);
    expect(terms.every((t) => t.weight > 0)).toBe(true);
    for (let i = 1; i < terms.length; i++)
      expect(terms[i - 1]!.weight).toBeGreaterThanOrEqual(terms[i]!.weight);
    const purchase = model.labels.indexOf('Purchase');
    expect(scorer.explain(['laptop', 'battery'], purchase).map((t) => t.term)).not.toContain(
      'laptop',
    );
    const pairs = scorer.explain(['purchase', 'order', 'approval'], purchase, 10);
    expect(pairs.map((t) => t.term)).toContain('purchase order');
  });

  it('merges a pair and a word of the same text (tokens holding spaces)', () => {
    const access = model.labels.indexOf('Access');
    const terms = textScorer(model).explain(['grant access', 'grant', 'access'], access, 20);
    const texts = terms.map((t) => t.term);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toContain('grant access');
  });

  it('leaves no count behind: scoring after explaining gives the same scores', () => {
    const scorer = new TextScorer(model);
    const before = Array.from(scorer.score(tickets[0]!, new Float64Array(classes)));
    scorer.explain(tickets[0]!, 0);
    expect(Array.from(scorer.score(tickets[0]!, new Float64Array(classes)))).toEqual(before);
  });

  it('is made once per model', () => {
    expect(textScorer(model)).toBe(textScorer(model));
  });
});
