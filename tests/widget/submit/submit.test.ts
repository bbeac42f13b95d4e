// Scenario: an employee on a page with a failing API call opens the widget, describes the
// problem, sees the live preview, adds a screenshot with a black-out box, reviews and sends.
// The hub holds the ticket with its context (redacted URL, the failed request, the console
// error) and the screenshot; the confirmation shows the number and due times.
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
      html: ({
        hub,
      }) => `<!doctype html><html lang="en"><head><title>Payslips — Payroll</title></head><body>
        <h1>October payslip</h1>
        <p class="salary">Net pay 4,200 EUR</p>
        <label>Password <input type="password" value="hunter2"></label>
        <button id="retry" type="button">Retry</button>
        <script>
          // Before the widget loads (Resource Timing backfill) …
          fetch('/api/fail/payslip?id=42&token=s3cr3tT0kenValue123');
          // … and after it (the fetch wrapper).
          document.getElementById('retry').onclick = () =>
            fetch('/api/fail/render', { method: 'POST' }).then((r) => {
              console.error('payslip failed: HTTP ' + r.status);
              return r.status;
            });
        </script>
        ${widgetTag(hub)}
      </body></html>`,
    },
  });
});
afterAll(() => world?.close());

describe('submit with screenshot and context', () => {
  it('delivers a classified ticket with context and screenshot, and confirms it', async () => {
    const page = await world.open('/');
    const problems = watchProblems(page);
    await widgetReady(page);
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('/api/fail/payslip')),
    );
    expect(
      await page.evaluate(() =>
        (document.getElementById('retry') as HTMLButtonElement).onclick!(new PointerEvent('click')),
      ),
    ).toBe(500);
    const submitted = page.evaluate(
      () =>
        new Promise((resolve) =>
          (
            window as unknown as { Tierdesk: { on: (e: string, f: (p: unknown) => void) => void } }
          ).Tierdesk.on('submitted', resolve),
        ),
    );
    // What leaves the page, as the browser sends it: the widget itself must have redacted it.
    const sentBodies: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().startsWith(world.hub.url))
        sentBodies.push(r.postData() ?? '');
    });
    await page.click(launcher);
    await page.waitForSelector(`${dialog}[open]`);
    await page.fill('tierdesk-widget #td-summary', 'Payslip page fails to load');
    await page.fill(
      'tierdesk-widget #td-description',
      'The payslip for October shows an error since this morning. password: Winter2025!',
    );
    await page.check('tierdesk-widget input[value=team]');
    await page.check('tierdesk-widget input[value=blocked]');
    await page.waitForSelector('tierdesk-widget .td-preview .td-facts', { timeout: 10_000 });
    await page.click('tierdesk-widget .td-shot button');
    await page.waitForSelector('tierdesk-widget .td-surface canvas', { timeout: 20_000 });
    await page.click('tierdesk-widget .td-tools button:nth-child(2)'); // black-out box
    await page.click('tierdesk-widget .td-foot .td-primary'); // review
    await page.waitForSelector('tierdesk-widget .td-review');
    const reviewText = await page.textContent('tierdesk-widget .td-review');
    expect(reviewText).toContain('2 failed requests');
    await page.click('tierdesk-widget .td-foot .td-primary'); // send
    await page.waitForSelector('tierdesk-widget .td-number', { timeout: 30_000 });
    const number = (await page.textContent('tierdesk-widget .td-number'))!;
    expect(number).toMatch(/^[A-Z]+-\d+$/);
    expect(await submitted).toMatchObject({ number, queued: false });

    // What the hub stored.
    const queue = (await (
      await world.hub.request('/v1/queue?limit=50', { as: 'admin' })
    ).json()) as { items: { id: string; number: string }[] };
    const id = queue.items.find((i) => i.number === number)!.id;
    const view = (await (await world.hub.request(`/v1/tickets/${id}`, { as: 'admin' })).json()) as {
      ticket: {
        source: string;
        impact: string;
        urgency: string;
        context: {
          url: string;
          failedRequests: { method: string; url: string; status: number }[];
          consoleErrors: { message: string }[];
        };
      };
    };
    expect(view.ticket).toMatchObject({ source: 'widget', impact: 'team', urgency: 'blocked' });
    const failed = view.ticket.context.failedRequests.map((r) => [
      r.method,
      new URL(r.url).pathname,
      r.status,
    ]);
    expect(failed).toEqual([
      ['UNKNOWN', '/api/fail/payslip', 500],
      ['POST', '/api/fail/render', 500],
    ]);
    expect(JSON.stringify(view.ticket.context)).not.toContain('s3cr3tT0kenValue123');
    expect(view.ticket.context.consoleErrors.map((c) => c.message)).toContain(
      'payslip failed: HTTP 500',
    );
    // The screenshot follows the ticket (uploaded by the outbox after intake).
    await expect
      .poll(
        async () => {
          const v = (await (
            await world.hub.request(`/v1/tickets/${id}`, { as: 'admin' })
          ).json()) as { ticket: { attachments: unknown[] } };
          return v.ticket.attachments.length;
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    expect(sentBodies.length).toBeGreaterThan(1); // preview(s) and the ticket
    for (const body of sentBodies) {
      expect(body).not.toContain('s3cr3tT0kenValue123');
      expect(body).not.toContain('Winter2025!');
    }
    expect(problems).toEqual([]);
  });
});
