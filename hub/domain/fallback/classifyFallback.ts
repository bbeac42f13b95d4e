// Stand-in for core/classify until it lands: keyword rules plus context signals, known-issue
// matching by shared terms, and incident grouping by app and error signature in a time window.
import {
  needsTriageCategory,
  tierRank,
  type CategoryConfig,
  type Classification,
  type Impact,
  type KnownIssue,
  type PageContext,
  type Reason,
  type Tier,
} from '@tierdesk/core';

export interface ClassifyInput {
  summary: string;
  description: string;
  impact: Impact;
  context?: PageContext | undefined;
  appApiPrefixes?: string[] | undefined;
}

/** Category, tier, confidence and the reasons that decided them. */
export function classifyTicket(
  input: ClassifyInput,
  options: { taxonomy: CategoryConfig[]; confidenceThreshold: number },
): Classification {
  const text = ` ${input.summary} ${input.description} `.toLowerCase();
  const scores = new Map<string, number>();
  const reasons: Reason[] = [];
  const add = (category: string, weight: number, reason: Reason) => {
    if (!options.taxonomy.some((c) => c.id === category)) return;
    scores.set(category, (scores.get(category) ?? 0) + weight);
    reasons.push(reason);
  };
  for (const c of options.taxonomy) {
    for (const k of c.keywords ?? []) {
      if (text.includes(k.toLowerCase())) {
        add(c.id, 1, { source: 'rule', detail: `"${k}" points at ${c.label}`, weight: 1 });
      }
    }
  }
  for (const r of input.context?.failedRequests ?? []) {
    if (r.status === 401 || r.status === 403) {
      add('access_permissions', 1.5, {
        source: 'context',
        detail: `HTTP ${r.status} from ${r.method} request`,
        weight: 1.5,
      });
    } else if (r.status === 0) {
      add('network', 1.5, {
        source: 'context',
        detail: `network failure${r.error ? ` (${r.error})` : ''}`,
        weight: 1.5,
      });
    } else if (r.status >= 500) {
      const own = (input.appApiPrefixes ?? []).some((p) => r.url.startsWith(p));
      add(own ? 'app_defect' : 'server', 1.5, {
        source: 'context',
        detail: `HTTP ${r.status} from ${own ? "the app's own API" : 'a server'}`,
        weight: 1.5,
      });
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  const [best, bestScore] = ranked[0] ?? [needsTriageCategory, 0];
  const confidence =
    total === 0 ? 0 : Math.min(0.95, (bestScore / total) * Math.min(1, 0.4 + bestScore / 4));
  const needsTriage = confidence < options.confidenceThreshold;
  const category = options.taxonomy.find(
    (c) => c.id === (needsTriage ? needsTriageCategory : best),
  );
  let tier: Tier = category?.tier ?? 'L1';
  const minTier: Tier | null =
    input.impact === 'organization' ? 'L3' : input.impact === 'department' ? 'L2' : null;
  if (minTier && tierRank(minTier) > tierRank(tier)) {
    tier = minTier;
    reasons.push({
      source: 'impact',
      detail: `${input.impact}-wide impact raises the tier to ${minTier}`,
      weight: 1,
    });
  }
  return {
    category: category?.id ?? needsTriageCategory,
    tier,
    confidence: Math.round(confidence * 100) / 100,
    needsTriage,
    reasons: reasons.slice(0, 20),
    modelVersion: 'hub-fallback-1',
  };
}

export interface KnownIssueMatch {
  id: string;
  title: string;
  workaround: string;
  score: number;
  matchedTerms: string[];
}

const stopWords = new Set(
  'the a an and or but is are was were be been to of in on at for with my i it this that not no can cant cannot when from after before have has had do does did me we our you your page app'.split(
    ' ',
  ),
);
function terms(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => t.length > 2 && !stopWords.has(t)),
  );
}

/** Known issues ranked by the terms they share with a draft (open ones of this app or all apps). */
export function matchKnownIssues(
  draft: { summary: string; description: string; appId: string },
  issues: readonly KnownIssue[],
  options: { limit: number },
): KnownIssueMatch[] {
  const words = terms(`${draft.summary} ${draft.description}`);
  if (words.size === 0) return [];
  return issues
    .filter((k) => k.status === 'open' && (k.apps.length === 0 || k.apps.includes(draft.appId)))
    .map((k) => {
      const issueTerms = terms(`${k.title} ${k.symptoms}`);
      const matched = [...words].filter((w) => issueTerms.has(w));
      const score = matched.length / Math.sqrt(Math.max(1, issueTerms.size) * words.size);
      return {
        id: k.id,
        title: k.title,
        workaround: k.workaround,
        score: Math.round(score * 100) / 100,
        matchedTerms: matched,
      };
    })
    .filter((m) => m.matchedTerms.length >= 2 || (m.matchedTerms.length === 1 && words.size === 1))
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit);
}

/** A short fingerprint of what went wrong on the page, or null when the page saw no error. */
export function errorSignature(context: PageContext | undefined): string | null {
  const request = context?.failedRequests.find((r) => r.status === 0 || r.status >= 400);
  if (request) {
    const path = request.url
      .replace(/^https?:\/\/[^/]+/, '')
      .split('?')[0]!
      .replace(/\/\d+(?=\/|$)/g, '/:n');
    return `http:${request.method} ${path} ${request.status}`;
  }
  const error = context?.jsErrors[0];
  if (error) return `js:${error.message.replace(/\d+/g, 'n').slice(0, 120)}`;
  return null;
}

export interface IncidentGroup {
  id: string;
  appId: string;
  signature: string;
  ticketIds: string[];
  reporters: string[];
  major: boolean;
  firstAt: string;
  lastAt: string;
}

export interface IncidentCandidate {
  ticketId: string;
  appId: string;
  signature: string | null;
  reporter: string;
  at: string;
}

/** Puts a ticket into the recent group of its app with the same signature (or starts one). */
export function assignIncident(
  candidate: IncidentCandidate,
  groups: readonly IncidentGroup[],
  now: string,
  options: { newId: () => string; windowMinutes: number; majorReporters: number },
): { group: IncidentGroup; isNew: boolean; becameMajor: boolean } | null {
  if (candidate.signature === null) return null;
  const since = Date.parse(now) - options.windowMinutes * 60_000;
  const found = groups.find(
    (g) =>
      g.appId === candidate.appId &&
      g.signature === candidate.signature &&
      Date.parse(g.lastAt) >= since,
  );
  const base: IncidentGroup = found ?? {
    id: options.newId(),
    appId: candidate.appId,
    signature: candidate.signature,
    ticketIds: [],
    reporters: [],
    major: false,
    firstAt: now,
    lastAt: now,
  };
  const reporters = base.reporters.includes(candidate.reporter)
    ? base.reporters
    : [...base.reporters, candidate.reporter];
  const major = base.major || reporters.length >= options.majorReporters;
  const group = {
    ...base,
    ticketIds: [...base.ticketIds, candidate.ticketId],
    reporters,
    major,
    lastAt: now,
  };
  return { group, isNew: !found, becameMajor: major && !base.major };
}
