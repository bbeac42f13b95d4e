// Scenario: accessibility. axe-core in real Chromium finds no violations in the open dialog
// (form with live preview, review, confirmation, my tickets), in the light and the dark theme,
// and in German (its own dialog file, longer words, its own strings).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
let world: WidgetWorld;

beforeAll(async () => {
  const page = (theme: string, lang = 'en') => ({
    html: ({
      hub,
    }: {
      hub: string;
    }) => `<!doctype html><html lang="${lang}"><head><title>Axe ${theme}</title></head><body>
      <main><h1>Expenses</h1></main>${widgetTag(hub, `data-theme="${theme}" data-locale="${lang}"`)}</body></html>`,
  });
  world = await startWidgetWorld({
    '/light': page('light'),
    '/dark': page('dark'),
    '/de-light': page('light', 'de'),
    '/de-dark': page('dark', 'de'),
  });
});
afterAll(() => world?.close());

async function violations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [['tierdesk-widget']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('accessibility (axe-core)', () => {
  for (const path of ['light', 'dark', 'de-light', 'de-dark']) {
    it(`has no violations: ${path}`, async () => {
      const page = await world.open(`/${path}`);
      await widgetReady(page);
      expect(await violations(page)).toEqual([]);
      await page.click(launcher);
      await page.waitForSelector(`${dialog}[open]`);
      await page.fill('tierdesk-widget #td-summary', 'VPN keeps disconnecting');
      await page.waitForSelector('tierdesk-widget .td-preview .td-facts', { timeout: 15_000 });
      expect(await violations(page)).toEqual([]);
      await page.click('tierdesk-widget .td-foot .td-primary');
      await page.waitForSelector('tierdesk-widget .td-review');
      expect(await violations(page)).toEqual([]);
      await page.click('tierdesk-widget .td-foot .td-primary');
      await page.waitForSelector('tierdesk-widget .td-number', { timeout: 30_000 });
      expect(await violations(page)).toEqual([]);
      await page.click('tierdesk-widget .td-confirm .td-secondary'); // report another
      await page.click('tierdesk-widget .td-foot .td-link'); // my tickets
      await page.waitForSelector('tierdesk-widget .td-mine .td-status', { timeout: 15_000 });
      expect(await violations(page)).toEqual([]);
      if (path.startsWith('de')) {
        expect(await page.getAttribute(dialog, 'lang')).toBe('de');
        expect(await page.textContent('tierdesk-widget #td-title')).toBe('Meine Tickets');
      }
      await page.close(); // its open list holds a stream to the hub
    });
  }
});
