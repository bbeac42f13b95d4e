// The README's screenshots come from the journey: written to docs/images only when
// TIERDESK_SCREENSHOTS=1, so ordinary test runs never rewrite the committed images.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { repoRoot } from '../extension/buildExtension';

export const screenshotsWanted = process.env['TIERDESK_SCREENSHOTS'] === '1';

/**
 * Saves `docs/images/<name>.png` of the page (when wanted). `viewport` sizes the page for the
 * picture only (a tall one shows the whole widget dialog), then puts the old size back.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  viewport?: { width: number; height: number },
): Promise<void> {
  if (!screenshotsWanted) return;
  mkdirSync(`${repoRoot}docs/images`, { recursive: true });
  const before = page.viewportSize();
  if (viewport) await page.setViewportSize(viewport);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  await page.screenshot({ path: `${repoRoot}docs/images/${name}.png`, animations: 'disabled' });
  if (viewport && before) await page.setViewportSize(before);
}
