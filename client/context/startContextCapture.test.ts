import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextLimits, pageContextSchema } from '@tierdesk/core/model/context';
import { parseWith } from '@tierdesk/core/model/parse';
import { snapshotContext } from './snapshotContext';
import { captureLimits, startContextCapture, type ContextCapture } from './startContextCapture';

let capture: ContextCapture | undefined;
// Keep the test output quiet; the wrappers still pass calls through to these spies.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  capture?.stop();
  vi.restoreAllMocks();
});

function withFetch(answer: (url: string) => Promise<Response>) {
  const original = window.fetch;
  const fake = ((input: string) => answer(String(input))) as typeof fetch;
  window.fetch = fake;
  return { fake, restore: () => (window.fetch = original) };
}

describe('startContextCapture', () => {
  it('keeps the same bounds as core', () => {
    expect(captureLimits).toEqual(contextLimits);
  });

  it('records console errors and warnings, folding repeats', () => {
    capture = startContextCapture(window, { now: () => Date.parse('2026-03-01T10:00:00Z') });
    console.error('boom', { id: 1 });
    console.error('boom', { id: 1 });
    console.warn('careful');
    const snap = snapshotContext(window, capture!, Date.now());
    expect(snap.consoleErrors).toEqual([
      { level: 'error', message: 'boom {"id":1}', at: '2026-03-01T10:00:00.000Z', count: 2 },
      { level: 'warn', message: 'careful', at: '2026-03-01T10:00:00.000Z' },
    ]);
  });

  it('records failed fetches and hands the page the same outcome', async () => {
    const page = withFetch(async (url) => {
      if (url.includes('down')) throw new TypeError('Failed to fetch');
      return new Response('x', { status: url.includes('missing') ? 404 : 200 });
    });
    try {
      capture = startContextCapture(window, { ignoreUrl: (u) => u.includes('hub.test') });
      const missing = await window.fetch('/api/missing', { method: 'post' });
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('x'); // the body is the page's to read
      await window.fetch('/api/fine');
      await window.fetch('https://hub.test/v1/tickets').catch(() => undefined);
      await expect(window.fetch('/api/down')).rejects.toThrow('Failed to fetch');
      const failed = snapshotContext(window, capture!, Date.now()).failedRequests;
      expect(failed.map((r) => [r.method, new URL(r.url).pathname, r.status, r.kind])).toEqual([
        ['POST', '/api/missing', 404, 'fetch'],
        ['GET', '/api/down', 0, 'fetch'],
      ]);
      capture.stop();
      expect(window.fetch).toBe(page.fake);
    } finally {
      page.restore();
    }
  });

  it('records uncaught errors, rejections and navigation', () => {
    capture = startContextCapture(window);
    window.dispatchEvent(
      new ErrorEvent('error', {
        message: 'x is undefined',
        filename: 'app.js',
        lineno: 3,
        colno: 7,
      }),
    );
    const rejection = new Event('unhandledrejection') as Event & { reason?: unknown };
    rejection.reason = new Error('nope');
    window.dispatchEvent(rejection);
    history.pushState({}, '', '/orders/42');
    const snap = snapshotContext(window, capture!, Date.now());
    expect(snap.jsErrors.map((e) => [e.kind, e.message])).toEqual([
      ['error', 'x is undefined'],
      ['rejection', 'Error: nope'],
    ]);
    expect(snap.jsErrors[0]).toMatchObject({ source: 'app.js', line: 3, column: 7 });
    expect(snap.navigation?.at(-1)?.url).toContain('/orders/42');
  });

  it('produces a snapshot that core accepts, with the app context merged', () => {
    capture = startContextCapture(window);
    capture.setApp({ role: 'clerk' });
    capture.setApp({ record: 42 });
    console.error('x'.repeat(5000));
    const snap = snapshotContext(window, capture!, Date.now());
    expect(snap.app).toEqual({ role: 'clerk', record: 42 });
    const parsed = parseWith(pageContextSchema, snap);
    expect(parsed.ok ? 'ok' : parsed.message).toBe('ok');
  });

  it('restores console on stop', () => {
    const before = console.error;
    capture = startContextCapture(window);
    expect(console.error).not.toBe(before);
    capture.stop();
    expect(console.error).toBe(before);
  });
});
