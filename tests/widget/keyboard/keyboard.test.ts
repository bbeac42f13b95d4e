// Scenario: keyboard only. Tab to the launcher, open with Enter, fill the form (arrow keys pick
// the radio options), Tab cycles inside the dialog, review and send with the keyboard, Escape
// closes, and focus returns to the launcher.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dialog, startWidgetWorld, widgetReady, widgetTag, type WidgetWorld } from '../widgetWorld';

let world: WidgetWorld;
beforeAll(async () => {
  world = await startWidgetWorld({
    '/': {
      html: ({ hub }) => `<!doctype html><html lang="en"><head><title>Keyboard</title></head><body>
        <a href="#main">Skip</a><main id="main"><h1>Timesheets</h1></main>${widgetTag(hub)}</body></html>`,
    },
  });
});
afterAll(() => world?.close());

/** Where focus is: the element inside the widget's shadow root, or the page's. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('tierdesk-widget');
    const inner = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const el = inner ?? (document.activeElement as HTMLElement | null);
    return {
      inWidget: !!inner,
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 40),
      cls: el?.className ?? '',
      value: (el as HTMLInputElement | null)?.value ?? '',
    };
  });

describe('keyboard-only use', () => {
  it('reports a problem without a mouse', async () => {
    const page = await world.open('/');
    await widgetReady(page);
    // Tab from the top of the page until the launcher has focus.
    for (let i = 0; i < 5 && !(await focused(page)).cls.includes('td-launcher'); i++)
      await page.keyboard.press('Tab');
    expect((await focused(page)).cls).toContain('td-launcher');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${dialog}[open]`);
    await expect.poll(async () => (await focused(page)).id).toBe('td-summary');
    await page.keyboard.type('Cannot submit timesheet');
    await page.keyboard.press('Tab'); // description
    await page.keyboard.type('The Save button does nothing.');
    await page.keyboard.press('Tab'); // impact group: the checked radio
    await page.keyboard.press('ArrowDown'); // individual → team
    expect((await focused(page)).value).toBe('team');
    await page.keyboard.press('Tab'); // urgency group
    await page.keyboard.press('ArrowUp'); // degraded → blocked
    expect((await focused(page)).value).toBe('blocked');

    // Tab cycles inside the dialog: many presses never leave it.
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.inWidget).toBe(true);
      seen.add(f.id || f.text);
    }
    expect(seen.size).toBeGreaterThan(3);

    // Go to the Review button and press it.
    for (let i = 0; i < 30 && (await focused(page)).text !== 'Review'; i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('tierdesk-widget .td-review');
    for (let i = 0; i < 30 && (await focused(page)).text !== 'Send report'; i++)
      await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Send report');
    await page.keyboard.press('Enter');
    await page.waitForSelector('tierdesk-widget .td-number', { timeout: 30_000 });

    await page.keyboard.press('Escape');
    await page.waitForSelector(`${dialog}:not([open])`, { state: 'attached' });
    expect((await focused(page)).cls).toContain('td-launcher');
  });
});
