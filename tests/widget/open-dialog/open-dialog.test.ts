// Scenario: the size budget's files are really all a working open dialog needs. Every other
// widget file (later steps, outbox, screenshot) is refused by the network, in English and in
// German; the dialog still opens, shows the live triage preview and a matching known issue as
// the user types, and "this solved it" reaches the hub. What the budget counts is what it takes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDialogFiles } from '../ensureWidgetBuilt';
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
  const page = (lang: string) => ({
    html: ({ hub }: { hub: string }) =>
      `<!doctype html><html lang="${lang}"><head><title>Payroll</title></head><body>
      <main><h1>Payroll</h1></main>${widgetTag(hub, `data-locale="${lang}"`)}</body></html>`,
  });
  world = await startWidgetWorld({ '/en': page('en'), '/de': page('de') });
  const res = await world.hub.request('/v1/known-issues', {
    method: 'POST',
    as: 'lead',
    json: {
      id: 'vpn-cert-expired',
      title: 'VPN certificate expired',
      symptoms: 'vpn disconnects certificate expired cannot connect to vpn',
      workaround: 'Open the VPN client, choose "Renew certificate", reconnect.',
      apps: ['payroll'],
    },
  });
  expect(res.status, await res.clone().text()).toBe(201);
});
afterAll(() => world?.close());

describe('a working open dialog from the budgeted files alone', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`previews, suggests and deflects with only ${openDialogFiles[lang].join(' + ')}`, async () => {
      const page = await world.context.newPage();
      const problems = watchProblems(page);
      const loaded: string[] = [];
      const refused: string[] = [];
      await page.route(/\/widget\/[^/?]+\.js/, (route) => {
        const file = new URL(route.request().url()).pathname.split('/').pop()!;
        if ((openDialogFiles[lang] as readonly string[]).includes(file)) {
          loaded.push(file);
          return route.continue();
        }
        refused.push(file);
        return route.abort();
      });
      await page.goto(`${world.appUrl}/${lang}`);
      await widgetReady(page);
      await page.click(launcher);
      await page.waitForSelector(`${dialog}[open]`);
      const title = await page.textContent('tierdesk-widget #td-title');
      expect(title).toBe(lang === 'de' ? 'Problem melden' : 'Report a problem');

      await page.fill('tierdesk-widget #td-summary', 'VPN disconnects, certificate expired');
      await page.waitForSelector('tierdesk-widget .td-preview .td-facts', { timeout: 15_000 });
      await page.waitForSelector('tierdesk-widget .td-known li', { timeout: 15_000 });
      expect(await page.textContent('tierdesk-widget .td-known')).toContain(
        'VPN certificate expired',
      );
      const before = await deflections(world);
      await page.click('tierdesk-widget .td-known summary'); // the workaround, then its button
      await page.click('tierdesk-widget .td-known li button');
      await page.waitForSelector('tierdesk-widget section[role=status]');
      await expect.poll(() => deflections(world), { timeout: 10_000 }).toBe(before + 1);

      expect([...new Set(loaded)].sort()).toEqual([...openDialogFiles[lang]].sort());
      // The later files were asked for (prefetched after the dialog showed) and refused.
      expect(refused).toEqual(expect.arrayContaining(['tierdesk-steps.js', 'tierdesk-outbox.js']));
      // Refused prefetches are not errors the page sees.
      expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
      await page.close();
    });
  }
});

async function deflections(w: WidgetWorld): Promise<number> {
  const list = (await (await w.hub.request('/v1/known-issues', { as: 'lead' })).json()) as {
    items: { id: string; deflections: number }[];
  };
  return list.items.find((k) => k.id === 'vpn-cert-expired')?.deflections ?? 0;
}
