// Combines the signals into one probability per category: the text model's calibrated
// probabilities are the prior, keyword and context signals multiply a category's odds.
import type { ContextSignal } from './context/contextSignals';
import type { KeywordHit } from './rules/keywordRules';

/**
 * Finer categories of the default taxonomy and the text-model category they refine: a ticket
 * the model calls "access" and that says "password" is a password reset. Their prior is a share
 * of the parent's probability, so only their own keywords or context lift them above it.
 */
export const defaultCategoryParents: Record<string, string> = {
  password_reset: 'access_permissions',
  account_lockout: 'access_permissions',
  printer: 'hardware',
  network: 'hardware',
  patches: 'hardware',
  software_install: 'hardware',
  backup_restore: 'shared_drive',
};

export interface PosteriorInput {
  /** Category → text-model probability (labels without a category are left out). */
  text: Map<string, number>;
  /** Probability the model gave to labels with no category (e.g. Miscellaneous). */
  uncategorised: number;
  hits: KeywordHit[];
  signals: ContextSignal[];
  categories: readonly string[];
  parents?: Record<string, string>;
}

/**
 * Log-odds the first keyword of a category adds (×12; a phrase of several words ×20); each
 * further keyword of the same category adds 1, up to 4.5 in all: "e-mail" and "mail" in one
 * sentence are one piece of evidence, not two.
 */
export const keywordWeight = (keyword: string) => (/\s/.test(keyword.trim()) ? 3 : 2.5);
const maxKeywordWeight = 4.5;
// Every category keeps some prior mass: the text model never saw most of the taxonomy, so
// rules and context must be able to lift any category over its guess.
const floor = 0.05;
const quietFloor = 0.002;
const childShare = 0.35;

/** Category → probability (summing to 1 over `categories`), and the log-odds each got. */
export function categoryPosterior(input: PosteriorInput): {
  probability: Map<string, number>;
  boost: Map<string, number>;
} {
  const parents = input.parents ?? defaultCategoryParents;
  const modelled = new Set(input.text.keys());
  const unmodelled = input.categories.filter((c) => !modelled.has(c) && !Object.hasOwn(parents, c));
  const boost = new Map<string, number>();
  for (const hit of input.hits) {
    const seen = boost.get(hit.category);
    const w = keywordWeight(hit.keyword);
    boost.set(hit.category, seen === undefined ? w : Math.max(seen, w) + 1);
  }
  for (const [c, b] of boost) boost.set(c, Math.min(b, maxKeywordWeight));
  // A finer category's keywords are the more specific evidence: "install" on a "laptop" is a
  // software installation, so the parent's own keywords stop counting once a child's match.
  for (const child of boost.keys()) {
    const parent = Object.hasOwn(parents, child) ? parents[child] : undefined;
    if (parent !== undefined && boost.has(parent) && input.hits.some((h) => h.category === child))
      boost.delete(parent);
  }
  for (const s of input.signals) boost.set(s.category, (boost.get(s.category) ?? 0) + s.weight);
  const prior = new Map<string, number>();
  for (const c of input.categories) {
    // Only categories something points at get the floor; the rest would just dilute confidence.
    let p = (boost.has(c) ? floor : quietFloor) + (input.text.get(c) ?? 0);
    const parent = Object.hasOwn(parents, c) ? parents[c] : undefined;
    // A finer category takes a share of its parent's text mass only when something points at
    // it: otherwise every confident "Hardware" ticket would lose its confidence to four
    // unevidenced children (printer, network, …) and fall to needs-triage (docs/classify.md).
    if (parent !== undefined && !modelled.has(c) && boost.has(c))
      p += childShare * (input.text.get(parent) ?? 0);
    // Mass the model put on "no category" is shared by the categories it does not know.
    if (unmodelled.includes(c) && unmodelled.length > 0)
      p += input.uncategorised / (2 * unmodelled.length);
    prior.set(c, p);
  }
  const unnormalised = new Map<string, number>();
  let total = 0;
  for (const [c, p] of prior) {
    const u = p * Math.exp(boost.get(c) ?? 0);
    unnormalised.set(c, u);
    total += u;
  }
  // The other half of the uncategorised mass stays as "nothing fits": it lowers confidence.
  total += input.uncategorised / 2;
  const probability = new Map([...unnormalised].map(([c, u]) => [c, u / total]));
  return { probability, boost };
}
