// Scenario: a page with a strict Content Security Policy (no inline styles, scripts only by
// nonce, connections only to the hub). The widget loads its stages with the nonce, styles itself
// through constructable stylesheets, and submits; where html2canvas cannot capture under the
// policy, the upload fallback delivers the screenshot instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  dialog,
  launcher,
  startWidgetWorld,
  widgetReady,
  widgetTag,
  type WidgetWorld,
} from '../widgetWorld';

// A 1×1 PNG, as an employee's own screenshot file.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const nonce = 'r4nd0mN0nce42';
let world: WidgetWorld;

beforeAll(async () => {
  world = await startWidgetWorld({});
  // The policy names the hub, so it is set once the hub's URL is known.
  world.setPages({
    '/': {
      html: (o) => `<!doctype html><html lang="en"><head><title>Strict CSP</title></head><body>
        <h1>Treasury</h1>
        <script nonce="${nonce}">
          window.violations = [];
          document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
        </script>
        ${widgetTag(o.hub, `nonce="${nonce}"`)}
      </body></html>`,
      headers: {
        'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self'; img-src 'self'; connect-src ${world.hub.url}; frame-src 'none'; base-uri 'none'; form-action 'none'`,
      },
    },
  });
});
afterAll(() => world?.close());

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('a strict-CSP page', () => {
  it('loads, styles and submits with the nonce; screenshot by capture or by upload', async () => {
    const page = await world.open('/');
    await widgetReady(page);
    const background = await page
      .locator(launcher)
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(10, 88, 202)'); // the stylesheet applied
    await page.click(launcher);
    await page.waitForSelector(`${dialog}[open]`);
    await page.fill('tierdesk-widget #td-summary', 'Treasury export button missing');
    await page.waitForSelector('tierdesk-widget .td-preview .td-facts', { timeout: 15_000 });
    expect(await violations(page)).toEqual([]);

    await page.click('tierdesk-widget .td-shot button');
    const outcome = await Promise.race([
      page
        .waitForSelector('tierdesk-widget .td-surface canvas', { timeout: 30_000 })
        .then(() => 'captured'),
      page
        .waitForSelector('tierdesk-widget .td-shot [role=alert]', { timeout: 30_000 })
        .then(() => 'fallback'),
    ]);
    if (outcome === 'fallback') {
      await page.setInputFiles('tierdesk-widget #td-upload', {
        name: 'mine.png',
        mimeType: 'image/png',
        buffer: png,
      });
      await page.waitForSelector('tierdesk-widget .td-surface canvas');
    }
    await page.click('tierdesk-widget .td-foot .td-primary');
    await page.click('tierdesk-widget .td-foot .td-primary');
    await page.waitForSelector('tierdesk-widget .td-number', { timeout: 30_000 });
    const number = await page.textContent('tierdesk-widget .td-number');

    const queue = (await (
      await world.hub.request('/v1/queue?limit=50', { as: 'admin' })
    ).json()) as {
      items: { id: string; number: string }[];
    };
    const id = queue.items.find((i) => i.number === number)!.id;
    await expect
      .poll(
        async () => {
          const v = (await (
            await world.hub.request(`/v1/tickets/${id}`, { as: 'admin' })
          ).json()) as {
            ticket: { attachments: unknown[] };
          };
          return v.ticket.attachments.length;
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    console.log(`strict CSP screenshot path: ${outcome}`);
  });

  it('falls back to upload when capture is impossible', async () => {
    const page = await world.open('/');
    // Capture unavailable (here: its file cannot load); the dialog must offer the upload instead.
    await page.route('**/tierdesk-screenshot.js', (route) => route.abort());
    await widgetReady(page);
    await page.click(launcher);
    await page.waitForSelector(`${dialog}[open]`);
    await page.fill('tierdesk-widget #td-summary', 'Cannot capture here');
    await page.click('tierdesk-widget .td-shot button');
    await page.waitForSelector('tierdesk-widget .td-shot [role=alert]', { timeout: 15_000 });
    await page.setInputFiles('tierdesk-widget #td-upload', {
      name: 'mine.png',
      mimeType: 'image/png',
      buffer: png,
    });
    await page.waitForSelector('tierdesk-widget .td-surface canvas');
    await page.click('tierdesk-widget .td-foot .td-primary');
    expect(await page.textContent('tierdesk-widget .td-review')).toContain('Screenshot');
  });
});
