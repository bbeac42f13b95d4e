// Scenario: offline submit, then delivery exactly once. The ticket is written to IndexedDB while
// the network is down; the tab closes; on the next page load the widget resumes and sends it. A
// send whose answer is lost (the hub stored it, the page never heard) is resent on the next load
// and the hub's idempotency keeps it one ticket.
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

let world: WidgetWorld;
beforeAll(async () => {
  world = await startWidgetWorld({
    '/': {
      html: ({ hub }) => `<!doctype html><html lang="en"><head><title>Offline</title></head><body>
        <h1>Field service</h1>${widgetTag(hub)}</body></html>`,
    },
  });
});
afterAll(() => world?.close());

async function ticketsWith(summary: string): Promise<number> {
  const r = await world.hub.request('/v1/queue?limit=200&status=new', { as: 'admin' });
  const body = (await r.json()) as { items: { summary: string }[] };
  return body.items.filter((i) => i.summary === summary).length;
}

const pending = (page: Page) =>
  page.evaluate(() => localStorage.getItem('tierdesk:pending:payroll'));

describe('offline submit, reload, delivered exactly once', () => {
  it('stores offline, resends after a lost answer, and the hub has one ticket', async () => {
    const summary = `Scanner offline ${Date.now()}`;
    const first = await world.open('/');
    await widgetReady(first);
    await first.click(launcher);
    await first.waitForSelector(`${dialog}[open]`);
    await first.fill('tierdesk-widget #td-summary', summary);
    // The outbox file is fetched as the dialog opens; then the network goes.
    await first.waitForFunction(
      () =>
        (window as unknown as Record<symbol, { outbox?: unknown }>)[Symbol.for('tierdesk.stages')]
          ?.outbox,
    );
    await world.context.setOffline(true);
    await first.click('tierdesk-widget .td-foot .td-primary');
    await first.click('tierdesk-widget .td-foot .td-primary');
    await first.waitForSelector('tierdesk-widget .td-confirm');
    expect(await first.textContent('tierdesk-widget .td-confirm')).toContain('Saved');
    expect(await pending(first)).toBe('1');
    await first.close();
    await world.context.setOffline(false);
    expect(await ticketsWith(summary)).toBe(0);

    // Next visit: the resend reaches the hub, but its answer is lost on the way back.
    let dropped = 0;
    await world.context.route(`${world.hub.url}/v1/tickets`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      dropped++;
      await route.fetch(); // the hub stores the ticket …
      await route.abort('connectionreset'); // … and the page never hears back
    });
    const second = await world.open('/');
    await expect.poll(() => dropped, { timeout: 20_000 }).toBeGreaterThan(0);
    await second.close();
    await world.context.unroute(`${world.hub.url}/v1/tickets`);
    expect(await ticketsWith(summary)).toBe(1);

    // Third visit: the outbox sends again (same id), the hub answers with the first receipt,
    // the entry is deleted; a fourth visit sends nothing more.
    const third = await world.open('/');
    await expect.poll(() => pending(third), { timeout: 20_000 }).toBeNull();
    await third.close();
    const fourth = await world.open('/');
    await widgetReady(fourth);
    await fourth.waitForTimeout(1500);
    expect(await ticketsWith(summary)).toBe(1);
    // "My tickets" knows it, through the reporter token kept from the receipt.
    await fourth.click(launcher);
    await fourth.waitForSelector(`${dialog}[open]`);
    await fourth.click('tierdesk-widget .td-foot .td-link');
    await fourth.waitForSelector('tierdesk-widget .td-mine li', { timeout: 15_000 });
    expect(await fourth.textContent('tierdesk-widget .td-mine')).toContain(summary);
  });
});
