// Scenario: accessibility. axe-core in real Chromium finds no violations in the open dialog
// (form with live preview, review, confirmation), in the light and the dark theme.
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
  const page = (theme: string) => ({
    html: ({
      hub,
    }: {
      hub: string;
    }) => `<!doctype html><html lang="en"><head><title>Axe ${theme}</title></head><body>
      <main><h1>Expenses</h1></main>${widgetTag(hub, `data-theme="${theme}"`)}</body></html>`,
  });
  world = await startWidgetWorld({ '/light': page('light'), '/dark': page('dark') });
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
  for (const theme of ['light', 'dark']) {
    it(`has no violations in the ${theme} theme`, async () => {
      const page = await world.open(`/${theme}`);
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
    });
  }
});
