// Runs the text model on raw ticket text: calibrated probabilities per label, the best label
// with its Tierdesk category, and (on request) the terms that pushed the decision.
import { explainText, type TermWeight } from './explainText';
import { compactScores } from './compactWeights';
import { linearScores } from './linearScores';
import { normalizeTicketText } from './normalizeTicketText';
import { softmax } from './softmax';
import type { TextModel } from './textModel';
import { ticketFeatures } from './ticketFeatures';

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
  const tokens = normalizeTicketText(text);
  const classes = model.labels.length;
  const x = ticketFeatures(tokens, model.features);
  const out = new Float64Array(classes);
  const scores = model.compact
    ? compactScores(x, model.compact, model.bias, out)
    : linearScores(x, model.weights, model.bias, out);
  const probs = softmax(scores, scores, model.temperature);
  let best = 0;
  for (let c = 1; c < classes; c++) if (probs[c]! > probs[best]!) best = c;
  const label = model.labels[best]!;
  const limit = options.explain ?? 5;
  return {
    label,
    // Own keys only: a label such as `constructor` must not find Object's.
    category: Object.hasOwn(model.categories, label) ? (model.categories[label] ?? null) : null,
    confidence: probs[best]!,
    probabilities: model.labels
      .map((l, c) => ({ label: l, probability: probs[c]! }))
      .sort((a, b) => b.probability - a.probability),
    terms:
      limit > 0
        ? explainText(tokens, model.features, model.compact ?? model.weights, classes, best, limit)
        : [],
  };
}
