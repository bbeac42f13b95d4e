// Records failed fetch calls (status ≥ 400 or no answer) with method, URL, status and duration.
// The page gets the same response or the same rejection; the body is never read.

export interface RequestOutcome {
  method: string;
  url: string;
  status: number;
  durationMs: number;
  error?: string;
  kind: 'fetch' | 'xhr';
}

export interface RequestWatchOptions {
  record: (outcome: RequestOutcome) => void;
  /** Requests not worth recording, e.g. the widget's own calls to the hub. */
  ignore?: (url: string) => boolean;
  now: () => number;
  /** Base for relative URLs (the page's location). */
  baseUrl: string;
}

export function requestUrl(input: unknown, baseUrl: string): string {
  try {
    const raw =
      typeof input === 'string'
        ? input
        : input instanceof URL
          ? input.href
          : String((input as { url?: unknown }).url ?? input);
    return new URL(raw, baseUrl).href;
  } catch {
    return String(input);
  }
}

/** Wraps `win.fetch`; the returned stop() restores it (or goes inert if re-wrapped since). */
export function wrapFetch(win: Window, options: RequestWatchOptions): () => void {
  const original = win.fetch;
  if (typeof original !== 'function') return () => {};
  let active = true;
  const wrapper = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    // eslint-disable-next-line prefer-rest-params -- pass exactly what the page passed
    const result: Promise<Response> = original.apply(this, arguments as never);
    if (!active) return result;
    let url = '';
    let method = 'GET';
    const started = options.now();
    try {
      url = requestUrl(input, options.baseUrl);
      method = String(init?.method ?? (input as { method?: string }).method ?? 'GET').toUpperCase();
      if (options.ignore?.(url)) return result;
    } catch {
      return result;
    }
    const note = (status: number, error?: string) => {
      try {
        options.record({
          method,
          url,
          status,
          durationMs: options.now() - started,
          error,
          kind: 'fetch',
        });
      } catch {
        // Capture is best effort.
      }
    };
    // A new promise that settles like the page's: a rejection the page leaves unhandled still
    // surfaces as its own unhandled rejection (attaching to `result` would swallow it).
    return result.then(
      (response) => {
        if (response && response.status >= 400) note(response.status);
        return response;
      },
      (error: unknown) => {
        if ((error as { name?: string } | null)?.name !== 'AbortError') note(0, String(error));
        throw error;
      },
    );
  };
  win.fetch = wrapper as typeof fetch;
  return () => {
    active = false;
    if (win.fetch === wrapper) win.fetch = original;
  };
}
