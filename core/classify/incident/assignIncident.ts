// Incident grouping: a new ticket joins the open group of the same app whose error signature it
// shares, or whose words it shares, within a window; a group with enough distinct reporters is
// a major incident (DESIGN.md, Incidents and problems).
import { ticketTerms } from '../terms/ticketTerms';

export interface IncidentCandidate {
  ticketId: string;
  appId: string;
  /** Who reported it (user id or e-mail): a major incident counts distinct reporters. */
  reporterKey: string;
  summary: string;
  description: string;
  errorSignature?: string | null;
  createdAt: string;
}

export interface IncidentGroup {
  /** ULID given by the caller (`options.newId`), else the first ticket's id. */
  id: string;
  appId: string;
  /** The error signature of the group (the first one seen), or '' when it formed on text. */
  signature: string;
  terms: string[];
  firstAt: string;
  lastAt: string;
  ticketIds: string[];
  reporterKeys: string[];
  major: boolean;
}

export interface IncidentOptions {
  newId?: () => string;
  /** A ticket joins a group whose last ticket is at most this old. Default 30. */
  windowMinutes?: number;
  /** Distinct reporters that make a group a major incident. Default 3. */
  majorReporters?: number;
  /** Share of the shorter ticket's words that must be shared to group on text. Default 0.4. */
  minTextOverlap?: number;
}

const maxGroupTerms = 40;

/** How alike two term lists are: shared words over the shorter list; 0 with fewer than 2 shared. */
export function termOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  const shared = a.filter((t) => set.has(t)).length;
  // One shared word is chance unless one side is that short (e.g. "Payroll down").
  if (shared < Math.min(2, a.length, b.length)) return 0;
  return shared / Math.min(a.length, b.length);
}

/**
 * The group the candidate belongs to (updated: a new object, inputs untouched), whether it is
 * new, and whether this ticket made it a major incident.
 */
export function assignIncident(
  candidate: IncidentCandidate,
  groups: readonly IncidentGroup[],
  now: string,
  options: IncidentOptions = {},
): { group: IncidentGroup; isNew: boolean; becameMajor: boolean } {
  const windowMs = (options.windowMinutes ?? 30) * 60_000;
  const majorAt = options.majorReporters ?? 3;
  const minOverlap = options.minTextOverlap ?? 0.4;
  // A client clock may run ahead: never let a ticket claim a time after the hub's now.
  const at = Math.min(Date.parse(candidate.createdAt), Date.parse(now));
  const atIso = new Date(at).toISOString();
  const terms = ticketTerms(`${candidate.summary}\n${candidate.description}`, maxGroupTerms);
  const signature = candidate.errorSignature ?? '';

  let best: { group: IncidentGroup; score: number } | null = null;
  for (const group of groups) {
    if (group.appId !== candidate.appId) continue;
    const gap = at - Date.parse(group.lastAt);
    if (gap > windowMs || Date.parse(group.firstAt) - at > windowMs) continue;
    // The same error signature is the strongest evidence; otherwise the words must agree.
    const score =
      signature !== '' && signature === group.signature ? 2 : termOverlap(terms, group.terms);
    if (score < minOverlap) continue;
    if (!best || score > best.score || (score === best.score && group.lastAt > best.group.lastAt)) {
      best = { group, score };
    }
  }

  if (!best) {
    const group: IncidentGroup = {
      id: options.newId?.() ?? candidate.ticketId,
      appId: candidate.appId,
      signature,
      terms,
      firstAt: atIso,
      lastAt: atIso,
      ticketIds: [candidate.ticketId],
      reporterKeys: [candidate.reporterKey],
      major: majorAt <= 1,
    };
    return { group, isNew: true, becameMajor: group.major };
  }
  const old = best.group;
  const reporterKeys = old.reporterKeys.includes(candidate.reporterKey)
    ? old.reporterKeys
    : [...old.reporterKeys, candidate.reporterKey];
  const group: IncidentGroup = {
    ...old,
    signature: old.signature || signature,
    terms: [...old.terms, ...terms.filter((t) => !old.terms.includes(t))].slice(0, maxGroupTerms),
    firstAt: atIso < old.firstAt ? atIso : old.firstAt,
    lastAt: atIso > old.lastAt ? atIso : old.lastAt,
    ticketIds: old.ticketIds.includes(candidate.ticketId)
      ? old.ticketIds
      : [...old.ticketIds, candidate.ticketId],
    reporterKeys,
    major: old.major || reporterKeys.length >= majorAt,
  };
  return { group, isNew: false, becameMajor: !old.major && group.major };
}
