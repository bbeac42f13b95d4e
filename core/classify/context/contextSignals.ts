// What the captured page context says about the category: HTTP 401/403 → access, DNS and
// connection failures → network, 5xx from the app's own API → application or server, uncaught
// script errors → application defect, database errors in the console → database.
import type { FailedRequest, PageContext } from '../../model/context';

export interface ContextSignal {
  category: string;
  /** Log-odds the signal adds to its category. */
  weight: number;
  detail: string;
}

const networkErrors =
  /ERR_(?:NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|CONNECTION_(?:REFUSED|RESET|CLOSED|TIMED_OUT|FAILED)|INTERNET_DISCONNECTED|NETWORK_CHANGED|ADDRESS_UNREACHABLE|TIMED_OUT|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED|SSL_PROTOCOL_ERROR|CERT_[A-Z_]+)|NetworkError|Failed to fetch|DNS/i;
const databaseErrors =
  /\b(?:deadlock|SQLSTATE|ORA-\d{5}|too many connections|connection pool|database)\b/i;

function sameOrigin(url: string, pageUrl: string): boolean {
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i;
  if (url.startsWith('/')) return true; // a relative URL is the page's own origin
  return origin.exec(url)?.[0]?.toLowerCase() === origin.exec(pageUrl)?.[0]?.toLowerCase();
}

/** Whether a request went to the app's own API: a configured prefix, or the page's origin. */
export function isOwnApi(
  request: FailedRequest,
  pageUrl: string,
  apiPrefixes: readonly string[] = [],
): boolean {
  if (apiPrefixes.length > 0) return apiPrefixes.some((p) => request.url.startsWith(p));
  return sameOrigin(request.url, pageUrl);
}

const where = (r: FailedRequest) => `${r.method} ${r.url.replace(/[?#].*$/, '').slice(0, 120)}`;

/** The context's signals, at most one per category (the strongest, counting repeats). */
export function contextSignals(
  context: PageContext | undefined,
  apiPrefixes: readonly string[] = [],
): ContextSignal[] {
  if (!context) return [];
  const found: ContextSignal[] = [];
  const add = (category: string, weight: number, detail: string) =>
    found.push({ category, weight, detail });
  for (const r of context.failedRequests) {
    if (r.status === 401 || r.status === 403)
      add('access_permissions', 3, `HTTP ${r.status} from ${where(r)}`);
    else if (r.status === 0 && r.error && networkErrors.test(r.error))
      add('network', 3, `${r.error} on ${where(r)}`);
    else if (r.status === 0) add('network', 1, `request failed without a status: ${where(r)}`);
    else if (r.status >= 500 && isOwnApi(r, context.url, apiPrefixes)) {
      // A gateway answering 502/503/504 means the service behind it is down or overloaded.
      if (r.status >= 502 && r.status <= 504)
        add('server', 3, `HTTP ${r.status} from the app's API: ${where(r)}`);
      else add('app_defect', 3, `HTTP ${r.status} from the app's API: ${where(r)}`);
    }
  }
  if (context.environment.online === false) add('network', 3, 'the browser was offline');
  const uncaught = context.jsErrors.filter((e) => e.kind === 'error');
  if (uncaught.length > 0)
    add('app_defect', 1, `uncaught script error: ${uncaught[0]!.message.slice(0, 120)}`);
  const dbMessage = [
    ...context.consoleErrors.map((c) => c.message),
    ...context.jsErrors.map((e) => e.message),
  ].find((m) => databaseErrors.test(m));
  if (dbMessage) add('database', 1.5, `database error on the page: ${dbMessage.slice(0, 120)}`);
  // Repeats of one kind strengthen it a little (+0.5 each, at most +1), never without limit.
  const byCategory = new Map<string, ContextSignal & { count: number }>();
  for (const s of found) {
    const seen = byCategory.get(s.category);
    if (!seen) byCategory.set(s.category, { ...s, count: 1 });
    else {
      seen.count++;
      if (s.weight > seen.weight) Object.assign(seen, { weight: s.weight, detail: s.detail });
    }
  }
  return [...byCategory.values()]
    .map(({ count, ...s }) => ({ ...s, weight: s.weight + Math.min(1, 0.5 * (count - 1)) }))
    .sort((a, b) => b.weight - a.weight);
}
