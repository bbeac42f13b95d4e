// Scenario: "my tickets" stays current while it is open. An employee files a ticket, opens
// "My tickets" and leaves it on screen; an agent acknowledges, then resolves it on the hub. The
// list shows each new status and the resolution without a reload, woken by the hub's stream of
// that ticket (reporter token) and re-read through the parsed list endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dialog,
  launcher,
  startWidgetWorld,
  widgetReady,
  widgetTag,
  watchProblems,
  type WidgetWorld,
} from '../widgetWorld';

let world: WidgetWorld;

beforeAll(async () => {
  world = await startWidgetWorld({
    '/': {
      html: ({ hub }) => `<!doctype html><html lang="en"><head><title>Payroll</title></head>
        <body><main><h1>Payroll</h1></main>${widgetTag(hub)}</body></html>`,
    },
  });
});
afterAll(() => world?.close());

const status = 'tierdesk-widget .td-mine .td-status';

describe('my tickets, live', () => {
  it('shows status changes and the resolution while the list is open', async () => {
    const page = await world.open('/');
    const problems = watchProblems(page);
    const streams: string[] = [];
    page.on('response', (r) => {
      // A cross-origin EventSource is only read when the hub allows the page's origin.
      if (
        r.url().includes('/stream') &&
        r.status() === 200 &&
        r.headers()['access-control-allow-origin']
      )
        streams.push(new URL(r.url()).pathname);
    });
    await widgetReady(page);
    await page.click(launcher);
    await page.waitForSelector(`${dialog}[open]`);
    await page.fill('tierdesk-widget #td-summary', 'Printer on floor 3 prints blank pages');
    await page.click('tierdesk-widget .td-foot .td-primary'); // review
    await page.waitForSelector('tierdesk-widget .td-review');
    await page.click('tierdesk-widget .td-foot .td-primary:not([disabled])'); // send
    const number = (await (
      await page.waitForSelector('tierdesk-widget .td-confirm .td-number', { timeout: 30_000 })
    ).textContent())!;
    await page.click('tierdesk-widget .td-confirm .td-secondary'); // report another
    await page.click('tierdesk-widget .td-foot .td-link'); // my tickets
    await page.waitForSelector(status, { timeout: 15_000 });
    expect(await page.textContent('tierdesk-widget .td-mine')).toContain(number);
    const first = await page.textContent(status);

    const queue = (await (
      await world.hub.request('/v1/queue?limit=50', { as: 'lead' })
    ).json()) as {
      items: { id: string; number: string }[];
    };
    const id = queue.items.find((i) => i.number === number)!.id;
    const act = async (json: unknown) => {
      const r = await world.hub.request(`/v1/tickets/${id}/actions`, {
        method: 'POST',
        as: 'lead',
        json,
      });
      expect(r.status, await r.clone().text()).toBeLessThan(300);
    };

    await act({ type: 'acknowledge' });
    await expect.poll(() => page.textContent(status), { timeout: 20_000 }).not.toBe(first);
    await act({ type: 'resolve', resolution: 'Toner cartridge replaced on floor 3.' });
    await expect.poll(() => page.textContent(status), { timeout: 20_000 }).toBe('Resolved');
    expect(await page.textContent('tierdesk-widget .td-mine .td-detail')).toBe(
      'Toner cartridge replaced on floor 3.',
    );
    // The hub's own stream of this ticket was open (and readable cross-origin), not only polling.
    expect(streams).toContain(`/v1/tickets/${id}/stream`);

    // Leaving the list stops watching it.
    await page.click('tierdesk-widget .td-foot .td-secondary'); // back
    expect(await page.locator(status).count()).toBe(0);
    expect(problems).toEqual([]);
  }, 120_000);
});
