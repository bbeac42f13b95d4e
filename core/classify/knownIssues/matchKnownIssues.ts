// Known-issue matching for deflection and L1: BM25 over each open issue's title and symptoms
// (the title counted twice: it names the problem), scored against the draft's words.
import type { KnownIssue } from '../../model/knownIssue';
import { ticketTerms } from '../terms/ticketTerms';

export interface KnownIssueDraft {
  summary: string;
  description: string;
  appId?: string;
}

export interface KnownIssueMatch {
  id: string;
  title: string;
  workaround: string;
  /** 0…1: twice the share of the issue's own BM25 score the draft reaches, capped at 1. */
  score: number;
  matchedTerms: string[];
}

export interface MatchOptions {
  limit?: number;
  minScore?: number;
}

// BM25's usual constants (Robertson & Zaragoza 2009).
const k1 = 1.2;
const b = 0.75;

function termCounts(issue: KnownIssue): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (terms: string[], times: number) => {
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + times);
  };
  add(ticketTerms(issue.title), 2);
  add(ticketTerms(issue.symptoms, 200), 1);
  return counts;
}

/**
 * Open known issues that match the draft, best first.
 * @example matchKnownIssues({ summary: 'VPN says certificate expired', description: '' }, issues)
 */
export function matchKnownIssues(
  draft: KnownIssueDraft,
  issues: readonly KnownIssue[],
  options: MatchOptions = {},
): KnownIssueMatch[] {
  const candidates = issues.filter(
    (i) =>
      i.status === 'open' &&
      (draft.appId === undefined || i.apps.length === 0 || i.apps.includes(draft.appId)),
  );
  if (candidates.length === 0) return [];
  const query = ticketTerms(`${draft.summary}\n${draft.description}`, 80);
  if (query.length === 0) return [];
  const docs = candidates.map((issue) => {
    const counts = termCounts(issue);
    let length = 0;
    for (const n of counts.values()) length += n;
    return { issue, counts, length };
  });
  const avgLength = docs.reduce((s, d) => s + d.length, 0) / docs.length;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  // The candidate issues are the corpus; the +1 keeps idf positive when every issue has a word.
  const idf = (t: string) =>
    Math.log(1 + (docs.length - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
  const termScore = (count: number, length: number, t: string) =>
    (idf(t) * count * (k1 + 1)) / (count + k1 * (1 - b + (b * length) / avgLength));
  const minScore = options.minScore ?? 0.2;
  const matches: KnownIssueMatch[] = [];
  for (const d of docs) {
    let score = 0;
    let best = 0;
    const matched: string[] = [];
    for (const [t, count] of d.counts) best += termScore(count, d.length, t);
    for (const t of query) {
      const count = d.counts.get(t);
      if (count === undefined) continue;
      score += termScore(count, d.length, t);
      matched.push(t);
    }
    // score = min(1, 2 × BM25(draft) / BM25(the issue's own words)): comparable across issues,
    // and a draft naming half of what an issue describes is a full match. One shared word is
    // no match unless it carries much of the issue.
    const normalised = best > 0 ? Math.min(1, (score / best) * 2) : 0;
    if (matched.length === 0 || normalised < minScore) continue;
    if (matched.length < 2 && normalised < 0.5) continue;
    matches.push({
      id: d.issue.id,
      title: d.issue.title,
      workaround: d.issue.workaround,
      score: Math.round(normalised * 1000) / 1000,
      matchedTerms: matched,
    });
  }
  return matches.sort((x, y) => y.score - x.score).slice(0, options.limit ?? 5);
}
