// Records failed XMLHttpRequests by listening for `loadend`; open/send behave as before.
import { requestUrl, type RequestWatchOptions } from './wrapFetch';

/** Patches `XMLHttpRequest.prototype.open/send`; the returned stop() restores them. */
export function wrapXhr(win: Window & typeof globalThis, options: RequestWatchOptions): () => void {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return () => {};
  const { open, send } = proto;
  const meta = new WeakMap<XMLHttpRequest, { method: string; url: string }>();
  let active = true;
  const openWrapper = function (this: XMLHttpRequest, method: string, url: string | URL) {
    try {
      meta.set(this, {
        method: String(method).toUpperCase(),
        url: requestUrl(url, options.baseUrl),
      });
    } catch {
      // Capture is best effort.
    }
    // eslint-disable-next-line prefer-rest-params -- pass exactly what the page passed
    return open.apply(this, arguments as never);
  } as typeof open;
  const sendWrapper = function (this: XMLHttpRequest) {
    const m = meta.get(this);
    if (active && m && !options.ignore?.(m.url)) {
      const started = options.now();
      try {
        this.addEventListener('loadend', function (this: XMLHttpRequest) {
          if (this.status !== 0 && this.status < 400) return;
          try {
            options.record({
              ...m,
              status: this.status,
              durationMs: options.now() - started,
              kind: 'xhr',
            });
          } catch {
            // Capture is best effort.
          }
        });
      } catch {
        // Capture is best effort.
      }
    }
    // eslint-disable-next-line prefer-rest-params -- pass exactly what the page passed
    return send.apply(this, arguments as never);
  };
  proto.open = openWrapper;
  proto.send = sendWrapper;
  return () => {
    active = false;
    // A page that patched after us keeps its patch (which still calls our now inert one).
    if (proto.open === openWrapper) proto.open = open;
    if (proto.send === sendWrapper) proto.send = send;
  };
}
