// End to end: the built extension in real Chromium against the real hub. An employee-style report
// from a page with a screenshot; the L1 queue shows it in SLA order; escalate with runbook notes;
// L2 resolves with a new known issue; the badge counts my tier's tickets at >= 75 % of an SLA, and
// follows the hub's stream without waiting for a refresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ulid } from 'ulidx';
import {
  startTestHub,
  testConfig,
  appOrigin,
  intakeKey,
  type TestHub,
} from '../hub/testing/testHub';
import { buildExtension, removeBuild } from './extension/buildExtension';
import { configureExtension } from './extension/configureExtension';
import { launchExtension, type LoadedExtension } from './extension/launchExtension';
import { startPageServer } from './extension/pageServer';
import './extension/chromeApi';

let ext: LoadedExtension;
let hub: TestHub;
let site: { url: string; close: () => Promise<void> };
let reported = '';
let dir = '';

const draft = (summary: string, impact: string, urgency: string) => ({
  id: ulid(),
  app: { id: 'payroll' },
  source: 'api',
  summary,
  description: summary,
  impact,
  urgency,
  reporter: { name: 'Seed' },
  createdAt: new Date().toISOString(),
});

async function hubJson<T>(path: string, as: 'L1' | 'L2' | 'lead'): Promise<T> {
  const r = await hub.request(path, { as });
  const text = await r.text();
  expect(r.status, `${path}: ${text.slice(0, 300)}`).toBe(200);
  return JSON.parse(text) as T;
}

async function queueOrder(): Promise<string[]> {
  const body = await hubJson<{ items: { number: string }[] }>('/v1/queue?limit=200', 'L1');
  return body.items.map((i) => i.number);
}

async function popup(query = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${ext.origin}/popup.html${query}`);
  return page;
}

beforeAll(async () => {
  dir = buildExtension('e2e');
  ext = await launchExtension(dir);
  const base = testConfig();
  hub = await startTestHub({
    // A Monday morning, so business-hours SLAs (P2–P4) run while the test advances the clock.
    startAt: '2026-11-02T09:00:00.000Z',
    config: {
      ...base,
      apps: base.apps.map((a) =>
        a.id === 'payroll' ? { ...a, allowedOrigins: [appOrigin, ext.origin] } : a,
      ),
      hub: { ...base.hub, agentOrigins: [ext.origin] },
    },
  });
  site = await startPageServer();
  // Tickets already waiting: one urgent (P1/P2), one for planning.
  for (const d of [
    draft('Printer on floor 3 jams all the time', 'team', 'blocked'),
    draft('How do I change my desktop wallpaper', 'individual', 'minor'),
  ]) {
    const r = await hub.request('/v1/tickets', { method: 'POST', as: 'L1', json: d });
    expect(r.status).toBe(201);
  }
});

afterAll(async () => {
  await ext?.close();
  await hub?.dispose();
  await site?.close();
  if (dir) removeBuild(dir);
});

describe('the extension against the real hub', () => {
  it('is set up through its setup page with a connection test', async () => {
    const status = await configureExtension(ext.context, ext.origin, {
      hubUrl: hub.url,
      token: hub.tokens.L1,
      reportApp: 'payroll',
      consoleCapture: true,
    });
    expect(status).toContain('as L1 Agent (L1)');
  });

  it('reports from a page with context and a screenshot, delivered exactly once', async () => {
    const app = await ext.context.newPage();
    await app.goto(`${site.url}/payslip`);
    await app.waitForFunction(() => performance.getEntriesByType('resource').length >= 2);
    await app.waitForTimeout(300);
    const tabId = await ext.worker.evaluate(
      async (url) => (await chrome.tabs.query({ url: `${url}/*` }))[0]?.id,
      site.url,
    );
    // The popup opens in its own window so the reported page stays the visible tab.
    const popupPage = ext.context.waitForEvent('page');
    await ext.worker.evaluate(
      (url) => chrome.windows.create({ url, type: 'popup', width: 540, height: 700 }),
      `${ext.origin}/popup.html?tab=${tabId}`,
    );
    const p = await popupPage;
    await p.click('role=tab[name="Report"]');
    await p.fill('#rep-summary', 'Printer jams when I print my payslip');
    await p.fill('#rep-description', 'The office printer says paper jam every time I print it.');
    await p.waitForSelector('text=Screenshot');
    await p.waitForSelector('.td-preview');
    await p.click('.td-submit');
    const status = await p.waitForSelector('.td-report-status[data-number]', { timeout: 20_000 });
    reported = (await status.getAttribute('data-number'))!;
    expect(reported).toMatch(/^[A-Z]+-\d+$/);

    const { items } = await hubJson<{ items: { id: string; number: string }[] }>(
      '/v1/queue?limit=200',
      'lead',
    );
    expect(items.filter((i) => i.number === reported)).toHaveLength(1);
    const id = items.find((i) => i.number === reported)!.id;
    const view = await hubJson<{
      ticket: {
        source: string;
        attachments: { kind: string }[];
        context: {
          url: string;
          consoleErrors: { message: string }[];
          failedRequests: { url: string; status: number }[];
        };
      };
    }>(`/v1/tickets/${id}`, 'lead');
    expect(view.ticket.source).toBe('extension');
    expect(view.ticket.attachments.map((a) => a.kind)).toEqual(['screenshot']);
    const ctx = view.ticket.context;
    expect(ctx.url).toBe(`${site.url}/payslip`);
    expect(ctx.failedRequests.map((r) => r.status)).toEqual(expect.arrayContaining([404, 500]));
    expect(ctx.failedRequests.map((r) => r.url).join(' ')).toMatch(/token=\[redacted/i);
    expect(ctx.failedRequests.map((r) => r.url).join(' ')).not.toContain('s3cr3t');
    expect(ctx.consoleErrors.map((c) => c.message).join(' | ')).toContain(
      'payslip failed: HTTP 500',
    );
    await p.close();
    await app.close();
  });

  it('shows the L1 queue in the hub’s SLA order, with the report in its place', async () => {
    const expected = await queueOrder();
    expect(expected).toContain(reported);
    const p = await popup();
    await p.waitForSelector(`[data-ticket="${reported}"]`, { timeout: 20_000 });
    const shown = await p.$$eval('[data-ticket]', (rows) =>
      rows
        .sort(
          (a, b) =>
            parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top),
        )
        .map((r) => r.getAttribute('data-ticket')),
    );
    expect(shown).toEqual(expected);
    await p.close();
  });

  it('escalates with the ticked runbook steps opening the notes', async () => {
    const p = await popup();
    await p.click(`[data-ticket="${reported}"]`);
    await p.waitForSelector(`[data-ticket-view="${reported}"]`);
    await p.waitForSelector('.td-reasons li');
    await p.waitForSelector('.td-zoom img');
    expect(await p.textContent('.td-console')).toContain('payslip failed');
    const firstStep = p.locator('.td-runbook label').first();
    const step = ((await firstStep.textContent()) ?? '').trim();
    await firstStep.locator('input').check();
    await p.waitForSelector('li[data-type="runbook_step"]');
    await p.keyboard.press('e');
    const notes = p.locator('.td-form-escalate textarea');
    expect(await notes.inputValue()).toContain(`- ${step}`);
    await notes.fill(
      `${await notes.inputValue()}Reloaded the page and cleared the cache; still 500.`,
    );
    await p.click('.td-form-escalate button[type=submit]');
    await p.waitForSelector('li[data-type="escalated"]');
    expect(await p.textContent('.td-tier')).toBe('L2');
    await p.close();
  });

  it('lets L2 resolve it with a new known issue', async () => {
    await configureExtension(ext.context, ext.origin, {
      hubUrl: hub.url,
      token: hub.tokens.L2,
      reportApp: 'payroll',
      consoleCapture: false,
    });
    const p = await popup();
    await p.click(`[data-ticket="${reported}"]`);
    await p.waitForSelector(`[data-ticket-view="${reported}"]`);
    expect(await p.textContent('.td-timeline')).toContain(
      'Reloaded the page and cleared the cache',
    );
    await p.keyboard.press('r');
    await p.fill('.td-form-resolve textarea', 'Payslip service restarted; page loads again.');
    await p.selectOption('select[aria-label="Known issue"]', 'new');
    await p.fill('input[aria-label="Known issue title"]', 'Payslip page fails with HTTP 500');
    await p.fill(
      '.td-new-ki label:nth-of-type(1) textarea',
      'Payslip page says something went wrong',
    );
    await p.fill('.td-new-ki label:nth-of-type(2) textarea', 'Reload after one minute');
    await p.click('.td-form-resolve button[type=submit]');
    await p.waitForSelector('li[data-type="resolved"]');
    expect(await p.textContent('.td-status')).toBe('resolved');
    await p.close();
  });

  it('counts my tier’s tickets at >= 75 % of an SLA on the badge', async () => {
    await configureExtension(ext.context, ext.origin, {
      hubUrl: hub.url,
      token: hub.tokens.L1,
      reportApp: 'payroll',
      consoleCapture: false,
    });
    hub.advance(50 * 60_000);
    await hub.checkSla();
    const { items } = await hubJson<{
      items: { slaPct: number | null; breached: boolean; paused: boolean }[];
    }>('/v1/queue?tier=L1&limit=200', 'L1');
    const expected = items.filter((i) => !i.paused && (i.breached || (i.slaPct ?? 0) >= 75)).length;
    expect(expected).toBeGreaterThan(0);
    const p = await popup();
    const answer = await p.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh-queue' }));
    expect(answer).toMatchObject({ ok: true, urgent: expected });
    const badge = await ext.worker.evaluate(() => chrome.action.getBadgeText({}));
    expect(badge).toBe(String(expected));
    await p.close();
  });

  it('moves the badge from the hub’s stream as SLAs cross 75 %, without waiting for a refresh', async () => {
    const urgentNow = async () => {
      const { items } = await hubJson<{
        items: { slaPct: number | null; breached: boolean; paused: boolean }[];
      }>('/v1/queue?tier=L1&limit=200', 'L1');
      const n = items.filter((i) => !i.paused && (i.breached || (i.slaPct ?? 0) >= 75)).length;
      return n === 0 ? '' : String(n);
    };
    const badgeBecomes = async (text: string) => {
      let badge = '';
      for (let i = 0; i < 50; i++) {
        badge = await ext.worker.evaluate(() => chrome.action.getBadgeText({}));
        if (badge === text) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return badge;
    };
    // Signed in (again): the background refreshes once and starts reading the stream.
    await configureExtension(ext.context, ext.origin, {
      hubUrl: hub.url,
      token: hub.tokens.L1,
      reportApp: 'payroll',
      consoleCapture: false,
    });
    const before = await urgentNow();
    expect(await badgeBecomes(before)).toBe(before);
    // No alarm either: from here only the stream can move the badge.
    expect(await ext.worker.evaluate(() => chrome.alarms.clear('tierdesk-queue'))).toBe(true);
    // A new urgent L1 ticket whose first response passes 75 % an hour later; the hub pushes it
    // (and the crossing) on its queue stream.
    const r = await hub.request('/v1/tickets', {
      method: 'POST',
      as: 'L1',
      json: draft('Printer on floor 2 jams all the time', 'team', 'blocked'),
    });
    expect(r.status).toBe(201);
    hub.advance(55 * 60_000);
    await hub.checkSla();
    const expected = await urgentNow();
    expect(expected).not.toBe(before);
    expect(await badgeBecomes(expected)).toBe(expected);
  });

  it('is set up in reporter mode with an intake key (the connection test reads the app config)', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${ext.origin}/options.html`);
    await page.fill('input[name=hubUrl]', hub.url);
    await page.check('input[name=mode] >> nth=1');
    await page.fill('input[name=intakeKey]', intakeKey);
    await page.fill('input[name=reportApp]', 'payroll');
    await page.click('button[type=submit]');
    await page.waitForSelector('.td-setup-ok, .td-setup-status:has-text("refused")', {
      timeout: 15_000,
    });
    expect(await page.textContent('[role=status]')).toContain('reporting to Payroll');
    await page.close();
  });
});
