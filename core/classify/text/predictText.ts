// Runs the text model on raw ticket text: calibrated probabilities per label, the best label
// with its Tierdesk category, and (on request) the terms that pushed the decision.
import { explainText, type TermWeight } from './explainText';
import { normalizeTicketText } from './normalizeTicketText';
import { softmax } from './softmax';
import type { TextModel } from './textModel';
import { textScorer } from './textScorer';

export interface TextPrediction {
  label: string;
  /** The Tierdesk category the label maps to; null when the label carries none. */
  category: string | null;
  /** Calibrated probability of `label`. */
  confidence: number;
  /** Every label with its probability, most likely first. */
  probabilities: { label: string; probability: number }[];
  /** Terms that pushed towards `label`, strongest first (empty unless asked for). */
  terms: TermWeight[];
}

export interface PredictOptions {
  /** How many explaining terms to return; 0 skips the explanation (faster). Default 5. */
  explain?: number;
}

/**
 * @example predictText(defaultTextModel, 'Cannot open the shared folder').label // 'Storage'
 */
export function predictText(
  model: TextModel,
  text: string,
  options: PredictOptions = {},
): TextPrediction {
  const scored = scoreText(model, text);
  const limit = options.explain ?? 5;
  return { ...scored.prediction, terms: limit > 0 ? explainScored(model, scored, limit) : [] };
}

/** A prediction without its explanation, and what explaining it later needs. */
export interface ScoredText {
  prediction: Omit<TextPrediction, 'terms'>;
  tokens: string[];
  best: number;
}

/** The explaining terms of a scored text (internal: classifyTicket asks only when it shows them). */
export function explainScored(model: TextModel, scored: ScoredText, limit = 5): TermWeight[] {
  return explainText(model, scored.tokens, scored.best, limit);
}

/** Runs the model without explaining (internal: `predictText` and `classifyTicket`). */
export function scoreText(model: TextModel, text: string): ScoredText {
  const tokens = normalizeTicketText(text);
  const classes = model.labels.length;
  const out = new Float64Array(classes);
  const scores = textScorer(model).score(tokens, out);
  const probs = softmax(scores, scores, model.temperature);
  let best = 0;
  for (let c = 1; c < classes; c++) if (probs[c]! > probs[best]!) best = c;
  const label = model.labels[best]!;
  const probabilities = model.labels.map((l, c) => ({ label: l, probability: probs[c]! }));
  return {
    prediction: {
      label,
      // Own keys only: a label such as `constructor` must not find Object's.
      category: Object.hasOwn(model.categories, label) ? (model.categories[label] ?? null) : null,
      confidence: probs[best]!,
      probabilities: probabilities.sort((a, b) => b.probability - a.probability),
    },
    tokens,
    best,
  };
}
