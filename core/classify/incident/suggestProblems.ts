// Problem suggestion (spec/sla.md R50): when the same category recurs for an app — N tickets
// (default 3) within a window (default 7 days) — suggest a problem record for the root cause.
import { needsTriageCategory } from '../../config/defaultTaxonomy';

export interface ProblemHistoryItem {
  ticketId: string;
  appId: string;
  category: string;
  createdAt: string;
}

export interface ProblemSuggestion {
  appId: string;
  category: string;
  ticketIds: string[];
  firstAt: string;
  lastAt: string;
}

export interface ProblemOptions {
  threshold?: number;
  windowDays?: number;
}

/** Suggestions for every app + category with at least N tickets in the window ending at `now`. */
export function suggestProblems(
  history: readonly ProblemHistoryItem[],
  now: string,
  options: ProblemOptions = {},
): ProblemSuggestion[] {
  const threshold = options.threshold ?? 3;
  const end = Date.parse(now);
  const start = end - (options.windowDays ?? 7) * 86_400_000;
  const byKey = new Map<string, ProblemHistoryItem[]>();
  for (const item of history) {
    const t = Date.parse(item.createdAt);
    // Untriaged tickets share no cause: their category is "we do not know yet".
    if (t < start || t > end || item.category === needsTriageCategory) continue;
    const key = `${item.appId}\u0000${item.category}`;
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const suggestions: ProblemSuggestion[] = [];
  for (const items of byKey.values()) {
    if (items.length < threshold) continue;
    const sorted = [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    suggestions.push({
      appId: sorted[0]!.appId,
      category: sorted[0]!.category,
      ticketIds: sorted.map((i) => i.ticketId),
      firstAt: sorted[0]!.createdAt,
      lastAt: sorted.at(-1)!.createdAt,
    });
  }
  return suggestions.sort(
    (a, b) => b.ticketIds.length - a.ticketIds.length || b.lastAt.localeCompare(a.lastAt),
  );
}
