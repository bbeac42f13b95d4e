// Scenario: a page that would break a careless widget. Global CSS that hides buttons and restyles
// everything, a fetch patched before the widget loads (adds a header, counts calls) and one
// patched after it (breaks cross-origin calls), a console.error that throws, and a "/" shortcut
// on the document. The widget still works, the page's own patches keep working, and destroy()
// gives the page back exactly what it had.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dialog,
  launcher,
  startWidgetWorld,
  widgetReady,
  widgetTag,
  type WidgetWorld,
} from '../widgetWorld';

let world: WidgetWorld;
beforeAll(async () => {
  world = await startWidgetWorld({
    '/': {
      html: ({ hub }) => `<!doctype html><html lang="en"><head><title>Hostile</title>
        <style>
          * { font-size: 31px !important; color: red !important; letter-spacing: 9px !important; }
          button, dialog, input, textarea { display: none !important; }
          div, tierdesk-widget { transform: scale(0.1); opacity: .2; }
        </style>
        <script>
          window.shortcuts = 0;
          document.addEventListener('keydown', (e) => { if (e.key === '/') { window.shortcuts++; e.preventDefault(); } });
          // An app's fetch interceptor, installed before the widget: it must keep working.
          window.appFetchCalls = 0;
          const original = window.fetch;
          window.fetch = function (input, init) { window.appFetchCalls++; return original.call(this, input, init); };
          window.pageFetchBefore = window.fetch;
          console.error = function () { throw new Error('console.error is forbidden here'); };
        </script></head><body>
        <h1>Legacy app</h1>
        ${widgetTag(hub)}
      </body></html>`,
    },
  });
});
afterAll(() => world?.close());

describe('a hostile host page', () => {
  it('cannot break the widget, and the widget does not change the page', async () => {
    const page = await world.open('/');
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await widgetReady(page);
    // Patched after the widget loaded: any later cross-origin fetch by the page now fails.
    await page.evaluate(() => {
      const before = window.fetch;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
        String(input).startsWith(location.origin)
          ? before(input, init)
          : Promise.reject(new TypeError('blocked by app'))) as typeof fetch;
    });
    const box = await page.locator(launcher).boundingBox();
    expect(box!.width).toBeGreaterThan(60); // not hidden, not shrunk by the page's CSS
    const font = await page.locator(launcher).evaluate((el) => getComputedStyle(el).fontSize);
    expect(font).toBe('14px');

    await page.click(launcher);
    await page.waitForSelector(`${dialog}[open]`);
    await page.locator('tierdesk-widget #td-summary').click();
    await page.keyboard.type('Report a/b export fails');
    expect(await page.inputValue('tierdesk-widget #td-summary')).toBe('Report a/b export fails');
    expect(await page.evaluate(() => (window as unknown as { shortcuts: number }).shortcuts)).toBe(
      0,
    );
    await page.waitForSelector('tierdesk-widget .td-preview .td-facts', { timeout: 15_000 });
    await page.click('tierdesk-widget .td-foot .td-primary');
    await page.click('tierdesk-widget .td-foot .td-primary');
    await page.waitForSelector('tierdesk-widget .td-number', { timeout: 30_000 });

    // The page's own fetch interceptor still runs for its own calls, and the throwing
    // console.error still throws for the page (our wrapper passes it through).
    const calls = await page.evaluate(async () => {
      const w = window as unknown as { appFetchCalls: number };
      const before = w.appFetchCalls;
      await fetch(location.origin + '/api/fail/x').catch(() => undefined);
      let threw = false;
      try {
        console.error('x');
      } catch {
        threw = true;
      }
      return { added: w.appFetchCalls - before, threw };
    });
    expect(calls).toEqual({ added: 1, threw: true });

    // destroy() leaves the page as it found it.
    const restored = await page.evaluate(() => {
      const w = window as unknown as {
        Tierdesk: { destroy: () => void };
        pageFetchBefore: typeof fetch;
      };
      const xhrOpen = XMLHttpRequest.prototype.open;
      w.Tierdesk.destroy();
      return {
        host: document.querySelector('tierdesk-widget') === null,
        api: (window as unknown as { Tierdesk?: unknown }).Tierdesk === undefined,
        xhrPatched: XMLHttpRequest.prototype.open !== xhrOpen,
        pushStateNative: /native code/.test(String(history.pushState)),
      };
    });
    expect(restored).toEqual({ host: true, api: true, xhrPatched: true, pushStateNative: true });
    expect(pageErrors).toEqual([]);
  });
});
