// The words that pushed a text model towards a label: each feature's contribution (value times
// how much more the label's weight is than the average label's), a word's character n-grams
// counted with the word, so an L1 agent reads "vpn", "locked", "shared drive", not "#vp".
import type { TextModel } from './textModel';
import { textScorer } from './textScorer';

export interface TermWeight {
  term: string;
  weight: number;
}

/**
 * The `limit` terms (words and word pairs) that pushed hardest towards label `target`,
 * strongest first; only terms with a positive push.
 * @example explainText(model, ['vpn', 'drops'], model.labels.indexOf('Hardware'))[0].term // 'vpn'
 */
export function explainText(
  model: TextModel,
  tokens: readonly string[],
  target: number,
  limit = 5,
): TermWeight[] {
  return textScorer(model).explain(tokens, target, limit);
}
