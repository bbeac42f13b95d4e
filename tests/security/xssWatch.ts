// Watches a Chromium context for XSS: hook hits, dialogs (alert/confirm/prompt), page errors
// naming the hook (a payload ran without it), and CSP reports of refused inline code (a payload
// reached the DOM as markup, even if the policy stopped it).
import type { BrowserContext, Page } from 'playwright-core';
import { xssHook } from './xssPayloads';

export interface XssWatch {
  executed: string[];
  blockedByCsp: string[];
  watch: (page: Page) => void;
  /** Adds the hook hits of a page (call before closing it). */
  collect: (page: Page) => Promise<void>;
}

export async function watchXss(context: BrowserContext): Promise<XssWatch> {
  await context.addInitScript(xssHook);
  const executed: string[] = [];
  const blockedByCsp: string[] = [];
  const watch = (page: Page) => {
    page.on('dialog', (d) => {
      executed.push(`dialog ${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
    page.on('pageerror', (e) => {
      // A test page may throw payloads on purpose (uncaught errors are captured context): those
      // carry the `planted:` marker and are not executions.
      if (/__xss/.test(e.message) && !e.message.startsWith('planted:'))
        executed.push(`pageerror: ${e.message}`);
    });
    page.on('console', (m) => {
      if (/Refused to (execute|load).*(inline|javascript:)/i.test(m.text()))
        blockedByCsp.push(m.text().slice(0, 200));
    });
  };
  context.on('page', watch);
  for (const p of context.pages()) watch(p);
  return {
    executed,
    blockedByCsp,
    watch,
    collect: async (page) => {
      const hits = await page
        .evaluate(() => (window as unknown as { __xssHits?: number[] }).__xssHits ?? [])
        .catch(() => []);
      for (const n of hits) executed.push(`hook: payload ${n} on ${page.url()}`);
    },
  };
}
