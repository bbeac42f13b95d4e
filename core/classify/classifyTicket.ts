// Classifies a ticket and says why: text model, keyword rules and captured context combine into
// category, tier and a confidence; impact raises the tier; low confidence → "needs triage" at L1.
import { defaultWorkflowConfig } from '../config/defaultConfig';
import { defaultTaxonomy, needsTriageCategory } from '../config/defaultTaxonomy';
import type { Classification, Reason } from '../model/classification';
import type { CategoryConfig } from '../model/config';
import type { PageContext } from '../model/context';
import { tierRank, type Impact, type Tier } from '../model/enums';
import { categoryPosterior, defaultCategoryParents } from './categoryPosterior';
import { contextSignals } from './context/contextSignals';
import { defaultTextModel } from './defaultTextModel';
import { matchKeywordRules } from './rules/keywordRules';
import { keywordWeight } from './categoryPosterior';
import { explainScored, scoreText } from './text/predictText';
import type { TextModel } from './text/textModel';

export interface TicketText {
  summary: string;
  description: string;
  impact?: Impact;
  context?: PageContext;
  /** The app's own API prefixes (from its config): a 5xx there points at the app or its servers. */
  appApiPrefixes?: string[];
}

/** The name the hub's adapter uses for the same input. */
export type ClassifyInput = TicketText;

export interface ClassifyOptions {
  model?: TextModel;
  taxonomy?: CategoryConfig[];
  /** Below this the answer is "needs triage"; default `defaultWorkflowConfig.confidenceThreshold`. */
  confidenceThreshold?: number;
  /** Finer category → the model category it refines (default `defaultCategoryParents`). */
  categoryParents?: Record<string, string>;
}

/** A department-wide loss goes at least to L2, an organisation-wide one to L3 (DESIGN.md). */
const impactTier: Partial<Record<Impact, Tier>> = { department: 'L2', organization: 'L3' };

const round = (x: number) => Math.round(x * 1000) / 1000;

interface TaxonomyIndex {
  known: Set<string>;
  categories: string[];
  tierOf: Map<string, number>;
}

// Derived once per taxonomy array: the hub classifies with the same taxonomy for hours.
const taxonomyIndexes = new WeakMap<readonly CategoryConfig[], TaxonomyIndex>();

function taxonomyIndex(taxonomy: readonly CategoryConfig[]): TaxonomyIndex {
  const cached = taxonomyIndexes.get(taxonomy);
  if (cached) return cached;
  const index = {
    known: new Set(taxonomy.map((c) => c.id)),
    categories: taxonomy.map((c) => c.id).filter((id) => id !== needsTriageCategory),
    tierOf: new Map(taxonomy.map((c) => [c.id, tierRank(c.tier)])),
  };
  taxonomyIndexes.set(taxonomy, index);
  return index;
}

/**
 * @example classifyTicket({ summary: 'VPN drops every hour', description: '' }).category // 'network'
 */
export function classifyTicket(input: TicketText, options: ClassifyOptions = {}): Classification {
  const model = options.model ?? defaultTextModel;
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const threshold = options.confidenceThreshold ?? defaultWorkflowConfig.confidenceThreshold;
  const fullText = `${input.summary}\n${input.description}`;
  const { known, categories, tierOf } = taxonomyIndex(taxonomy);

  // The explaining terms are computed only when a reason shows them (below).
  const scored = scoreText(model, fullText);
  const prediction = scored.prediction;
  const text = new Map<string, number>();
  let uncategorised = 0;
  for (const { label, probability } of prediction.probabilities) {
    const category = Object.hasOwn(model.categories, label)
      ? (model.categories[label] ?? null)
      : null;
    // A label whose category this organisation's taxonomy lacks counts as "no category".
    if (category === null || !known.has(category)) uncategorised += probability;
    else text.set(category, (text.get(category) ?? 0) + probability);
  }
  const hits = matchKeywordRules(fullText, taxonomy);
  const signals = contextSignals(input.context, input.appApiPrefixes);
  const { probability } = categoryPosterior({
    text,
    uncategorised,
    hits,
    signals,
    categories,
    parents: options.categoryParents ?? defaultCategoryParents,
  });
  if (categories.length === 0) {
    // A taxonomy of nothing but "needs triage": every ticket goes to L1 to be read.
    return {
      category: needsTriageCategory,
      tier: 'L1',
      confidence: 0,
      needsTriage: true,
      reasons: [],
      modelVersion: model.name,
    };
  }
  let best = categories[0]!;
  for (const c of categories) {
    const p = probability.get(c)!;
    const q = probability.get(best)!;
    // On a tie the higher tier wins: "phishing e-mail" is security before it is e-mail.
    if (p > q + 1e-9 || (Math.abs(p - q) <= 1e-9 && tierOf.get(c)! > tierOf.get(best)!)) best = c;
  }
  const confidence = round(Math.min(1, probability.get(best)!));

  const reasons: Reason[] = [];
  const parents = options.categoryParents ?? defaultCategoryParents;
  const textCategory = text.has(best)
    ? best
    : Object.hasOwn(parents, best)
      ? parents[best]
      : undefined;
  const textShare = textCategory !== undefined ? (text.get(textCategory) ?? 0) : 0;
  if (textShare >= 0.05) {
    // The explaining words are those of the model's own top label; shown only when that label
    // is the category (or the parent of the category) chosen.
    const terms =
      prediction.category === textCategory
        ? explainScored(model, scored, 5)
            .map((t) => t.term)
            .join(', ')
        : '';
    reasons.push({
      source: 'text',
      detail: `text model: ${textCategory} ${round(textShare)}${terms ? ` (${terms})` : ''}`.slice(
        0,
        300,
      ),
      weight: round(textShare),
    });
  }
  for (const hit of hits.filter((h) => h.category === best)) {
    reasons.push({
      source: 'rule',
      detail: `keyword "${hit.keyword}" → ${best}`,
      weight: keywordWeight(hit.keyword),
    });
  }
  for (const s of signals.filter((sig) => sig.category === best)) {
    reasons.push({ source: 'context', detail: s.detail.slice(0, 300), weight: s.weight });
  }

  const config = taxonomy.find((c) => c.id === best);
  let tier: Tier = config?.tier ?? 'L1';
  if (confidence < threshold) {
    reasons.push({
      source: 'text',
      detail: `best guess ${best} at ${confidence} is below the confidence threshold ${threshold}`,
      weight: confidence,
    });
    return {
      category: needsTriageCategory,
      tier: 'L1',
      confidence,
      needsTriage: true,
      reasons: reasons.slice(0, 20),
      modelVersion: model.name,
    };
  }
  const raised = input.impact ? impactTier[input.impact] : undefined;
  if (raised && tierRank(raised) > tierRank(tier)) {
    reasons.push({
      source: 'impact',
      detail: `${input.impact}-wide impact raises the tier from ${tier} to ${raised}`,
      weight: 1,
    });
    tier = raised;
  }
  return {
    category: best,
    tier,
    confidence,
    needsTriage: false,
    reasons: reasons.slice(0, 20),
    modelVersion: model.name,
  };
}
