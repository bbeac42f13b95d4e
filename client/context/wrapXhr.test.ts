import { describe, expect, it } from 'vitest';
import type { RequestOutcome } from './wrapFetch';
import { wrapXhr } from './wrapXhr';

/** A fake XMLHttpRequest whose send() finishes with the status given at open. */
function fakeWindow() {
  class FakeXhr extends EventTarget {
    status = 0;
    opened: unknown[] = [];
    open(...args: unknown[]) {
      this.opened = args;
      return 'open-result';
    }
    send(body?: unknown) {
      this.status = Number(String(this.opened[1]).split('/').pop());
      this.dispatchEvent(new Event('loadend'));
      return `sent ${String(body)}`;
    }
  }
  return { XMLHttpRequest: FakeXhr } as unknown as Window & typeof globalThis;
}

describe('wrapXhr', () => {
  it('records failures with method and URL, and passes calls through unchanged', () => {
    const win = fakeWindow();
    const seen: RequestOutcome[] = [];
    const stop = wrapXhr(win, {
      record: (o) => seen.push(o),
      now: () => 0,
      baseUrl: 'https://app.example/page',
    });
    const ok = new win.XMLHttpRequest();
    expect(ok.open('get', '/api/200', true)).toBe('open-result');
    expect((ok as unknown as { opened: unknown[] }).opened).toEqual(['get', '/api/200', true]);
    expect(ok.send('x')).toBe('sent x');
    const bad = new win.XMLHttpRequest();
    bad.open('post', '/api/503');
    bad.send();
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'https://app.example/api/503',
        status: 503,
        durationMs: 0,
        kind: 'xhr',
      },
    ]);
    stop();
  });

  it('restores the prototype on stop unless the page patched it since', () => {
    const win = fakeWindow();
    const proto = win.XMLHttpRequest.prototype;
    const { open } = proto;
    wrapXhr(win, { record: () => {}, now: () => 0, baseUrl: 'https://x.example/' })();
    expect(proto.open).toBe(open);

    const stop = wrapXhr(win, { record: () => {}, now: () => 0, baseUrl: 'https://x.example/' });
    const ours = proto.open;
    const pages = function (this: XMLHttpRequest, ...a: unknown[]) {
      return (ours as (...x: unknown[]) => unknown).apply(this, a);
    } as typeof open;
    proto.open = pages;
    stop();
    expect(proto.open).toBe(pages);
  });
});
