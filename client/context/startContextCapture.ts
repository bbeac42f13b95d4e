// Page-context capture from page load: console errors and warnings, uncaught errors and
// rejections, failed requests and navigation, in bounded rings. Nothing is redacted here:
// `snapshotContext` builds the PageContext, which is redacted (core) before it leaves the page.
import type { ConsoleEntry, FailedRequest, JsError } from '@tierdesk/core/model/context';
import type { JsonValue } from '@tierdesk/core/model/primitives';
import { describeArgs } from './describeValue';
import { createRing } from './ring';
import { watchErrors } from './watchErrors';
import { watchNavigation } from './watchNavigation';
import { wrapConsole } from './wrapConsole';
import { wrapFetch, type RequestOutcome } from './wrapFetch';
import { wrapXhr } from './wrapXhr';

// The bounds of core's pageContextSchema (contextLimits), repeated as literals so the loader
// does not pull zod in to read five numbers; context.test.ts keeps them equal.
export const captureLimits = {
  consoleEntries: 50,
  failedRequests: 50,
  jsErrors: 20,
  navigation: 20,
  message: 2000,
  url: 2048,
  stack: 4000,
} as const;

export interface ContextCaptureOptions {
  /** Milliseconds since the epoch; defaults to the window's clock. */
  now?: () => number;
  /** URLs never recorded (the widget's own hub calls). */
  ignoreUrl?: (url: string) => boolean;
}

/** What capture has seen so far; `snapshotContext` turns it into a PageContext. */
export interface CapturedRecords {
  consoleErrors: ConsoleEntry[];
  failedRequests: FailedRequest[];
  jsErrors: JsError[];
  navigation: Array<{ url: string; at: string }>;
  app: Record<string, JsonValue> | undefined;
}

export interface ContextCapture {
  /** Copies of the bounded rings, oldest first. */
  records(): CapturedRecords;
  /** What the app passed with `Tierdesk.setContext(...)`, merged over earlier calls. */
  setApp(data: Record<string, JsonValue>): void;
  /** Stops listening and restores every wrapped function. */
  stop(): void;
}

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

export function startContextCapture(
  win: Window & typeof globalThis,
  options: ContextCaptureOptions = {},
): ContextCapture {
  const now = options.now ?? (() => win.Date.now());
  const iso = () => new win.Date(now()).toISOString();
  const consoleRing = createRing<ConsoleEntry>(
    captureLimits.consoleEntries,
    (a, b) => a.level === b.level && a.message === b.message,
  );
  const requestRing = createRing<FailedRequest & { count?: number }>(captureLimits.failedRequests);
  const errorRing = createRing<JsError & { count?: number }>(
    captureLimits.jsErrors,
    (a, b) => a.message === b.message && a.kind === b.kind,
  );
  const navRing = createRing<{ url: string; at: string; count?: number }>(
    captureLimits.navigation,
    (a, b) => a.url === b.url,
  );
  let app: Record<string, JsonValue> | undefined;

  const recordRequest = (r: Omit<RequestOutcome, 'kind'> & { kind: string }) =>
    requestRing.push({
      method: clip(r.method, 16) || 'GET',
      url: clip(r.url, captureLimits.url) || '(unknown)',
      status: r.status,
      durationMs: Math.max(0, Math.round(r.durationMs)),
      at: iso(),
      error: r.error === undefined ? undefined : clip(r.error, 500),
      kind: r.kind,
    });
  const watch = {
    record: recordRequest,
    ignore: options.ignoreUrl,
    now,
    baseUrl: win.location.href,
  };

  const stops = [
    wrapConsole(win.console, (level, args) =>
      consoleRing.push({ level, message: describeArgs(args, captureLimits.message), at: iso() }),
    ),
    wrapFetch(win, watch),
    wrapXhr(win, watch),
    watchErrors(
      win,
      (e) =>
        errorRing.push({
          ...e,
          message: clip(e.message, captureLimits.message),
          source: e.source === undefined ? undefined : clip(e.source, captureLimits.url),
          at: iso(),
        }),
      (r) => {
        if (!options.ignoreUrl?.(r.url)) recordRequest(r);
      },
    ),
    watchNavigation(win, (url) => navRing.push({ url: clip(url, captureLimits.url), at: iso() })),
    watchEarlyRequests(win, recordRequest, options.ignoreUrl),
  ];

  return {
    records: () => ({
      consoleErrors: consoleRing.items(),
      failedRequests: requestRing.items().map(({ count: _count, ...r }) => r),
      jsErrors: errorRing.items().map(({ count: _count, ...e }) => e),
      navigation: navRing.items().map(({ url, at }) => ({ url, at })),
      app: app && { ...app },
    }),
    setApp(data) {
      app = { ...app, ...data };
    },
    stop() {
      stops.forEach((stop) => stop());
    },
  };
}

/**
 * Requests the page started before capture did (its first calls usually beat an async widget
 * script), which the wrappers never saw: Resource Timing reports their status
 * (`responseStatus`, Chromium 109+) when they finish, even after capture started. The method is
 * not in Resource Timing, so fetch/XHR entries say `UNKNOWN`.
 */
function watchEarlyRequests(
  win: Window & typeof globalThis,
  record: (r: Omit<RequestOutcome, 'kind'> & { kind: string }) => void,
  ignore?: (url: string) => boolean,
): () => void {
  try {
    const startedAt = win.performance.now();
    const take = (entries: PerformanceEntryList) => {
      for (const e of entries as Array<PerformanceResourceTiming & { responseStatus?: number }>) {
        const status = e.responseStatus;
        if (e.startTime >= startedAt || typeof status !== 'number' || status < 400) continue;
        if (ignore?.(e.name)) continue;
        const api = e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest';
        record({
          method: api ? 'UNKNOWN' : 'GET',
          url: e.name,
          status,
          durationMs: e.duration,
          kind: api ? (e.initiatorType === 'fetch' ? 'fetch' : 'xhr') : e.initiatorType,
        });
      }
    };
    if (typeof win.PerformanceObserver !== 'function') {
      take(win.performance.getEntriesByType('resource'));
      return () => {};
    }
    const observer = new win.PerformanceObserver((list) => take(list.getEntries()));
    // `buffered` delivers what finished before this line too.
    observer.observe({ type: 'resource', buffered: true });
    return () => observer.disconnect();
  } catch {
    return () => {};
  }
}
