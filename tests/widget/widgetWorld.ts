// The world a widget end-to-end scenario runs in: the real hub (SQLite in a temp folder) serving
// the built widget, an "internal app" page server whose pages and headers each scenario sets,
// and headless Chromium.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestHub, testConfig, intakeKey, type TestHub } from '../../hub/testing/testHub';
import { ensureWidgetBuilt } from './ensureWidgetBuilt';
import { chromiumArgs } from '../chromiumArgs';

export interface HostPage {
  html: (origin: { hub: string; app: string }) => string;
  headers?: Record<string, string>;
}

export interface WidgetWorld {
  hub: TestHub;
  appUrl: string;
  browser: Browser;
  context: BrowserContext;
  /** Requests the page server saw (path only), e.g. the app's own failing API. */
  appRequests: string[];
  open: (path?: string) => Promise<Page>;
  setPages: (pages: Record<string, HostPage>) => void;
  close: () => Promise<void>;
}

/** The widget tag as an app owner writes it. */
export function widgetTag(hub: string, extra = ''): string {
  return `<script src="${hub}/widget/tierdesk-widget.js" data-hub="${hub}" data-app="payroll" data-key="${intakeKey}" ${extra} async></script>`;
}

export async function startWidgetWorld(
  pages: Record<string, HostPage>,
  options: { hubConfig?: Parameters<typeof startTestHub>[0] } = {},
): Promise<WidgetWorld> {
  const widgetDir = await ensureWidgetBuilt();
  let current = pages;
  const appRequests: string[] = [];
  // The app server comes first: the hub needs its origin in the app's allowedOrigins.
  let hubUrl = '';
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    appRequests.push(`${req.method} ${path}`);
    if (path.startsWith('/api/fail')) {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      return res.end('{"error":"renderer down"}');
    }
    const page = current[path];
    if (!page) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers });
    res.end(page.html({ hub: hubUrl, app: appUrl }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base = testConfig();
  const hub = await startTestHub({
    config: {
      ...base,
      apps: base.apps.map((a) =>
        a.id === 'payroll' ? { ...a, allowedOrigins: [appUrl], maskSelectors: ['.salary'] } : a,
      ),
    },
    widgetDir,
    ...options.hubConfig,
  });
  hubUrl = hub.url;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
  const context = await browser.newContext({
    viewport: { width: 1024, height: 720 },
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
  });
  return {
    hub,
    appUrl,
    browser,
    context,
    appRequests,
    open: async (path = '/') => {
      const page = await context.newPage();
      await page.goto(appUrl + path);
      return page;
    },
    setPages: (next) => {
      current = next;
    },
    close: async () => {
      await browser.close().catch(() => {});
      await hub.dispose();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** The widget's shadow root elements, through Playwright's shadow-piercing CSS. */
export const launcher = 'tierdesk-widget .td-launcher';
export const dialog = 'tierdesk-widget dialog.td-dialog';

/** Waits until the launcher is on the page (loader ran). */
export async function widgetReady(page: Page): Promise<void> {
  await page.waitForSelector(launcher, { state: 'visible' });
}

/** Collects page errors and console errors that mention the widget: a careless widget shows up here. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /tierdesk|Content Security Policy/i.test(m.text()))
      problems.push(`console: ${m.text()}`);
  });
  return problems;
}
