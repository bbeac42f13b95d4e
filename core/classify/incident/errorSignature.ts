// A short fingerprint of what went wrong on the page, so reports of one failure group together:
// the failing request (method, status, path with ids blanked) or the script error (message with
// numbers and quoted values blanked). Null when the context shows no failure.
import type { FailedRequest, PageContext } from '../../model/context';

// Numbers, UUIDs and hashes, or long tokens with digits; short ones like `v1` name a version.
const isIdSegment = (part: string) =>
  /^\d+$/.test(part) || /^[0-9a-f-]{8,}$/i.test(part) || (/\d/.test(part) && part.length >= 6);

/** Path without query, origin or ids: `/api/payslips/1234/pdf` → `/api/payslips/:id/pdf`. */
export function requestPath(url: string): string {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '') || '/';
  return path
    .split('/')
    .map((part) => (isIdSegment(part) ? ':id' : part))
    .join('/')
    .slice(0, 200);
}

/** A message with its varying parts blanked: numbers → n, quoted values → '…'. */
export function errorMessageShape(message: string): string {
  return message
    .replace(/(["'`]).*?\1/g, "'…'")
    .replace(/\b0x[0-9a-f]+\b|\d+(?:\.\d+)?/gi, 'n')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
}

// Server and network failures say most about an incident, then script errors, then refusals.
function requestRank(r: FailedRequest): number {
  if (r.status >= 500 || r.status === 0) return 3;
  if (r.status === 401 || r.status === 403) return 1;
  return 0;
}

/**
 * @example errorSignature(ctx) // 'http 503 GET /api/payslips/:id'
 */
export function errorSignature(context?: PageContext): string | null {
  if (!context) return null;
  const requests = context.failedRequests.filter((r) => requestRank(r) > 0);
  const serious = requests.filter((r) => requestRank(r) === 3);
  const pick = (rs: FailedRequest[]) => {
    // The most repeated failure wins; ties go to the latest.
    const counts = new Map<string, number>();
    let best: string | null = null;
    for (const r of rs) {
      const key = `http ${r.status} ${r.method.toUpperCase()} ${requestPath(r.url)}`;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (best === null || n >= counts.get(best)!) best = key;
    }
    return best;
  };
  if (serious.length > 0) return pick(serious);
  const error = context.jsErrors.at(-1);
  if (error) return `js ${errorMessageShape(error.message)}`;
  return requests.length > 0 ? pick(requests) : null;
}
