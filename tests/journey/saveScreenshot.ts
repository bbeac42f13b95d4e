// The README's screenshots come from the journey: written to docs/images only when
// TIERDESK_SCREENSHOTS=1, so ordinary test runs never rewrite the committed images.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { repoRoot } from '../extension/buildExtension';

export const screenshotsWanted = process.env['TIERDESK_SCREENSHOTS'] === '1';

/** Saves `docs/images/<name>.png` of the page or one element of it (when wanted). */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<void> {
  if (!screenshotsWanted) return;
  mkdirSync(`${repoRoot}docs/images`, { recursive: true });
  await target.screenshot({ path: `${repoRoot}docs/images/${name}.png`, animations: 'disabled' });
}
