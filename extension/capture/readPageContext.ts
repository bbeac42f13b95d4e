// Runs INSIDE the reported page (scripting.executeScript, MAIN world), so it must be
// self-contained: no imports, no closures. It returns raw facts; the background validates them
// with zod and redacts them before they go anywhere.

export interface RawPageFacts {
  url: string;
  title: string;
  referrer: string;
  userAgent: string;
  platform: string;
  language: string;
  online: boolean;
  cookiesEnabled: boolean;
  screen: { width: number; height: number };
  viewport: { width: number; height: number; devicePixelRatio: number };
  timeZone: string;
  failed: {
    name: string;
    initiatorType: string;
    status: number;
    duration: number;
    startTime: number;
  }[];
  timeOrigin: number;
  /** What the console hook (optional permission) saw, if it runs on this page. */
  console: { level: string; message: string; at: number }[] | null;
}

export function readPageContext(): RawPageFacts {
  const failed: RawPageFacts['failed'] = [];
  for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    // `responseStatus` (Chromium 109+) is 0 for cross-origin opaque answers, so only a same-origin
    // entry without any response is a network failure; an HTTP error is ≥ 400 anywhere.
    const status =
      (e as PerformanceResourceTiming & { responseStatus?: number }).responseStatus ?? 0;
    const sameOrigin = e.name.startsWith(location.origin);
    if (status >= 400 || (status === 0 && sameOrigin && e.responseStart === 0)) {
      failed.push({
        name: e.name,
        initiatorType: e.initiatorType,
        status,
        duration: e.duration,
        startTime: e.startTime,
      });
    }
  }
  const ring = (window as unknown as Record<symbol, unknown>)[Symbol.for('tierdesk.console')];
  return {
    url: location.href,
    title: document.title,
    referrer: document.referrer,
    userAgent: navigator.userAgent,
    platform: navigator.platform,
    language: navigator.language,
    online: navigator.onLine,
    cookiesEnabled: navigator.cookieEnabled,
    screen: { width: screen.width, height: screen.height },
    viewport: { width: innerWidth, height: innerHeight, devicePixelRatio: devicePixelRatio || 1 },
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    failed: failed.slice(-50),
    timeOrigin: performance.timeOrigin,
    console: Array.isArray(ring) ? (ring.slice(-50) as RawPageFacts['console']) : null,
  };
}
