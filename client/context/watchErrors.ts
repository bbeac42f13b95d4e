// Listens for uncaught errors, unhandled rejections and failed resource loads (img, script, css),
// without preventing anything: the page and the browser see the events exactly as before.
import { describeValue } from './describeValue';
import type { RequestOutcome } from './wrapFetch';

export interface UncaughtError {
  kind: 'error' | 'rejection';
  message: string;
  source?: string;
  line?: number;
  column?: number;
  stack?: string;
}

export function watchErrors(
  win: Window,
  onError: (error: UncaughtError) => void,
  onResource: (failure: Omit<RequestOutcome, 'kind'> & { kind: string }) => void,
): () => void {
  const error = (event: Event) => {
    try {
      const target = event.target as (Element & { src?: string; href?: string }) | null;
      if (target && target !== (win as unknown) && typeof target.tagName === 'string') {
        // A resource failed to load: it bubbles no further, so only the capture phase sees it.
        const url = target.src || target.href;
        if (url) {
          onResource({
            method: 'GET',
            url: String(url),
            status: 0,
            durationMs: 0,
            kind: target.tagName.toLowerCase(),
          });
        }
        return;
      }
      const e = event as ErrorEvent;
      const thrown = e.error as { stack?: unknown } | undefined;
      onError({
        kind: 'error',
        message: describeValue(e.message || e.error),
        source: e.filename || undefined,
        line: e.lineno || undefined,
        column: e.colno || undefined,
        stack: typeof thrown?.stack === 'string' ? thrown.stack.slice(0, 4000) : undefined,
      });
    } catch {
      // Capture is best effort.
    }
  };
  const rejection = (event: PromiseRejectionEvent) => {
    try {
      const reason = event.reason as { stack?: unknown } | undefined;
      onError({
        kind: 'rejection',
        message: describeValue(event.reason),
        stack: typeof reason?.stack === 'string' ? reason.stack.slice(0, 4000) : undefined,
      });
    } catch {
      // Capture is best effort.
    }
  };
  win.addEventListener('error', error, true);
  win.addEventListener('unhandledrejection', rejection);
  return () => {
    win.removeEventListener('error', error, true);
    win.removeEventListener('unhandledrejection', rejection);
  };
}
