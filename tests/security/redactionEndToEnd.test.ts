// Issue 9, redaction end to end: pages full of planted secrets (core's corpus, in the page URL,
// console messages, uncaught errors and failed requests) and of things a screenshot must hide
// (a password field, a data-tierdesk-mask element, the app's mask selector). Everything the
// widget sends is intercepted in Chromium: no secret leaves, and the masked areas are black
// on the screenshot's pixels while an unmasked control area shows.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dialog,
  launcher,
  startWidgetWorld,
  widgetReady,
  widgetTag,
  type WidgetWorld,
} from '../widget/widgetWorld';
import { leakScript, plantedSecrets, secretForms } from './plantSecrets';
import { countColours } from './countColours';

const batchSize = 40; // under the 50-entry console and failed-request rings
const batches = Array.from({ length: Math.ceil(plantedSecrets.length / batchSize) }, (_, i) =>
  plantedSecrets.slice(i * batchSize, (i + 1) * batchSize),
);
const pageQuery = '?password=Winter2025%21&access_token=PBNaNKNYd7pMCapFTzdbKB1G&month=10';

let world: WidgetWorld;
const sent: Array<{ url: string; headers: string; body: Buffer | null; type: string }> = [];

beforeAll(async () => {
  world = await startWidgetWorld({});
  world.setPages(
    Object.fromEntries(
      batches.map((batch, i) => [
        `/leaky-${i}`,
        {
          html: (o: {
            hub: string;
          }) => `<!doctype html><html lang="en"><head><title>Leaky ${i}</title>
            <style>body{margin:0;font:16px sans-serif} .box{width:220px;height:70px;margin:8px}</style></head><body>
            <h1>Payroll</h1>
            <div class="box" style="background:#00ff00">control: visible</div>
            <div class="box" data-tierdesk-mask style="background:#ff0000;color:#fff">IBAN DE89 3704 0044 0532 0130 00</div>
            <div class="box salary" style="background:#ff0000;color:#fff">Net pay 4,200 EUR</div>
            <label>Password <input class="box" type="password" value="hunter2hunter2" style="background:#ff0000;color:#fff"></label>
            <label>Card <input class="box" name="card" value="4111 1111 1111 1111"></label>
            <script>${leakScript(batch, `canary-${i}`)}</script>
            ${widgetTag(o.hub)}
          </body></html>`,
        },
      ]),
    ),
  );
  world.context.on('request', (r: Request) => {
    if (!r.url().startsWith(world.hub.url)) return;
    sent.push({
      url: r.url(),
      headers: JSON.stringify(r.headers()),
      body: r.postDataBuffer(),
      type: r.headers()['content-type'] ?? '',
    });
  });
});
afterAll(() => world?.close());

async function submit(page: Page, withScreenshot: boolean): Promise<void> {
  await widgetReady(page);
  await page.evaluate(() => (window as unknown as { __leaks: Promise<number> }).__leaks);
  await page.click(launcher);
  await page.waitForSelector(`${dialog}[open]`);
  await page.fill('tierdesk-widget #td-summary', 'Payroll page keeps failing');
  await page.fill('tierdesk-widget #td-description', 'Errors all over the payroll page today.');
  await page.check('tierdesk-widget input[value=individual]');
  await page.check('tierdesk-widget input[value=degraded]');
  if (withScreenshot) {
    await page.click('tierdesk-widget .td-shot button');
    await page.waitForSelector('tierdesk-widget .td-surface canvas', { timeout: 30_000 });
  }
  await page.click('tierdesk-widget .td-foot .td-primary'); // review
  await page.waitForSelector('tierdesk-widget .td-review');
  await page.click('tierdesk-widget .td-foot .td-primary'); // send
  await page.waitForSelector('tierdesk-widget .td-number', { timeout: 30_000 });
}

async function screenshotOf(number: string): Promise<{ bytes: Buffer; type: string }> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const queue = (await (
      await world.hub.request('/v1/queue?limit=200', { as: 'admin' })
    ).json()) as { items: Array<{ id: string; number: string }> };
    const id = queue.items.find((t) => t.number === number)?.id;
    const view = id
      ? ((await (await world.hub.request(`/v1/tickets/${id}`, { as: 'admin' })).json()) as {
          ticket: { attachments: Array<{ id: string; contentType: string }> };
        })
      : null;
    const meta = view?.ticket.attachments[0];
    if (meta) {
      const res = await world.hub.request(`/v1/attachments/${meta.id}`, { as: 'admin' });
      return { bytes: Buffer.from(await res.arrayBuffer()), type: meta.contentType };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no screenshot arrived for ${number}`);
}

describe('redaction end to end', () => {
  const leaks: string[] = [];
  let planted = 0;

  it.each(batches.map((b, i) => [i, b] as const))(
    'batch %i: planted secrets reach the context capture, none leave the page',
    async (i, batch) => {
      const from = sent.length;
      const page = await world.open(`/leaky-${i}${pageQuery}`);
      await submit(page, i === 0);
      const outgoing = sent.slice(from);
      const text = outgoing
        .map(
          (r) =>
            `${r.url}\n${r.headers}\n${r.type.startsWith('image/') ? '' : (r.body?.toString('utf8') ?? '')}`,
        )
        .join('\n');
      // The capture worked: the canary console message and failed request went out.
      expect(text).toContain(`canary-${i}`);
      expect(text).toContain(`/api/fail/canary-${i}`);
      for (const secret of batch) {
        planted++;
        if (secretForms(secret).some((f) => text.includes(f)))
          leaks.push(`${secret.kind}: ${secret.secret}`);
      }
      for (const s of ['Winter2025', 'PBNaNKNYd7pMCapFTzdbKB1G', 'hunter2hunter2'])
        if (text.includes(s)) leaks.push(`page: ${s}`);
      if (i === 0) {
        // Playwright cannot read a Blob request body: fetch the bytes the hub received instead.
        const number = (await page.textContent('tierdesk-widget .td-number'))!;
        expect(outgoing.some((r) => /\/attachments\?/.test(r.url))).toBe(true);
        const shot = await screenshotOf(number);
        const c = await countColours(page, shot.bytes, shot.type);
        expect(c.green, 'the unmasked control area shows').toBeGreaterThan(5_000);
        expect(c.red, 'masked areas are blank').toBe(0);
      }
      await page.close();
    },
    120_000,
  );

  it('leaked 0 of the planted secrets', () => {
    expect(planted).toBe(plantedSecrets.length);
    console.log(`redaction end to end: ${planted} secrets planted, ${leaks.length} leaked`);
    expect(leaks).toEqual([]);
  });
});
