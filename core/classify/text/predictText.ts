// Runs the text model on raw ticket text: calibrated probabilities per label, the best label
// with its Tierdesk category, and (on request) the terms that pushed the decision.
import { explainText, type TermWeight } from './explainText';
import type { CompactWeights } from './compactWeights';
import { linearScores } from './linearScores';
import { normalizeTicketText } from './normalizeTicketText';
import { softmax } from './softmax';
import type { TextModel } from './textModel';
import { collectFeatures, ticketFeatures } from './ticketFeatures';

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
  const classes = model.labels.length;
  const weights = model.compact ?? model.weights;
  return explainText(scored.tokens, model.features, weights, classes, scored.best, limit);
}

/** Runs the model without explaining (internal: `predictText` and `classifyTicket`). */
export function scoreText(model: TextModel, text: string): ScoredText {
  const tokens = normalizeTicketText(text);
  const classes = model.labels.length;
  const out = new Float64Array(classes);
  const scores = model.compact
    ? compactTicketScores(tokens, model, model.compact, out)
    : linearScores(ticketFeatures(tokens, model.features), model.weights, model.bias, out);
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

/**
 * `compactScores(ticketFeatures(tokens))` without building the sparse vector: the same values
 * (rounded to 32 bits as the vector stores them) added in the same order, so the same scores.
 */
function compactTicketScores(
  tokens: readonly string[],
  model: TextModel,
  weights: CompactWeights,
  out: Float64Array,
): Float64Array {
  const spec = model.features;
  const bits = spec.bits;
  const mask = (1 << bits) - 1;
  const { keys, counts, slots, unique } = collectFeatures(tokens, spec);
  let words = 0;
  let pairs = 0;
  let chars = 0;
  for (let u = 0; u < unique; u++) {
    const slot = slots[u]!;
    const count = counts[slot]!;
    const v = count === 1 ? 1 : 1 + Math.log(count);
    const group = keys[slot]! >>> bits;
    if (group === 0) words += v * v;
    else if (group === 1) pairs += v * v;
    else chars += v * v;
  }
  const wordScale = words > 0 ? 1 / Math.sqrt(words) : 0;
  const pairScale = pairs > 0 ? spec.bigramWeight / Math.sqrt(pairs) : 0;
  const charScale = chars > 0 ? spec.charWeight / Math.sqrt(chars) : 0;
  const classes = weights.classes;
  const { rowOf, rows } = weights;
  const bias = model.bias;
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let u = 0; u < unique; u++) {
    const slot = slots[u]!;
    const key = keys[slot]!;
    const at = rowOf[key & mask]!;
    if (at < 0) continue;
    const count = counts[slot]!;
    const v = count === 1 ? 1 : Math.fround(1 + Math.log(count));
    const group = key >>> bits;
    const value = Math.fround(v * (group === 0 ? wordScale : group === 1 ? pairScale : charScale));
    for (let c = 0; c < classes; c++) out[c]! += value * rows[at + c]!;
  }
  return out;
}
