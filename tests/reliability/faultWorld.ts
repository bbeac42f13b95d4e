// The world the browser delivery-under-faults run lives in: the hub as its own process (so it can
// be killed with SIGKILL), an "internal app" server that serves pages embedding the built widget
// (the widget files come from the app's server, like a CDN, so a page still loads while the hub is
// down), and headless Chromium with the built extension loaded and set up in reporter mode.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildExtension, removeBuild } from '../extension/buildExtension';
import { launchExtension, type LoadedExtension } from '../extension/launchExtension';
import { ensureWidgetBuilt } from '../widget/ensureWidgetBuilt';
import { bundleHub } from './bundleHub';
import { freePort, HubProcess } from './hubProcess';

export const faultKey = 'pk_fault_browser_01';

export interface FaultWorld {
  hub: HubProcess;
  dataDir: string;
  appUrl: string;
  ext: LoadedExtension;
  /** What the extension's setup page said after its connection test. */
  setupStatus: string;
  close: () => Promise<void>;
}

/** The page the widget senders use: the widget tag as an app owner writes it. */
function appPage(appUrl: string, hubUrl: string): string {
  return `<!doctype html><html lang="en"><head><title>Field service</title></head><body>
<h1>Field service</h1><p>Work orders for today.</p>
<script src="${appUrl}/widget/tierdesk-widget.js" data-hub="${hubUrl}" data-app="payroll"
  data-key="${faultKey}" async></script></body></html>`;
}

async function startAppServer(
  widgetDir: string,
  hubUrl: () => string,
): Promise<{ server: Server; url: string }> {
  let url = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = basename(path);
    // Any stage file the build wrote (the list of stages changes as the widget grows).
    if (
      path.startsWith('/widget/') &&
      /^tierdesk-[a-z-]+\.js$/.test(file) &&
      existsSync(join(widgetDir, file))
    ) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      return res.end(readFileSync(join(widgetDir, file)));
    }
    if (path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(appPage(url, hubUrl()));
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url };
}

/**
 * Reporter mode (intake key), the way an employee sets the extension up. Answers the setup page's
 * verdict. When its connection test fails, the same settings are written to storage as the setup
 * page would have, so the outbox can still be put under faults (the failure is reported apart).
 */
async function configureReporter(ext: LoadedExtension, hubUrl: string): Promise<string> {
  const page = await ext.context.newPage();
  await page.goto(`${ext.origin}/options.html`);
  await page.fill('input[name=hubUrl]', hubUrl);
  await page.check('input[name=mode] >> nth=1');
  await page.fill('input[name=intakeKey]', faultKey);
  await page.fill('input[name=reportApp]', 'payroll');
  await page.uncheck('input[name=consoleCapture]');
  await page.click('button[type=submit]');
  await page.waitForSelector('.td-setup-ok, .td-setup-status:not(:empty)', { timeout: 30_000 });
  await page.waitForFunction(
    () => !/Testing the connection|trying anyway/.test(document.body.textContent ?? ''),
  );
  const status = (await page.textContent('[role=status]')) ?? '';
  if (!(await page.$('.td-setup-ok'))) {
    const settings = {
      hubUrl,
      mode: 'reporter',
      intakeKey: faultKey,
      reportApp: 'payroll',
      consoleCapture: false,
    };
    await page.evaluate(async (s) => {
      const api = (globalThis as unknown as { chrome: ExtensionPageApi }).chrome;
      await api.storage.local.set({ 'tierdesk.settings': s });
      await api.runtime.sendMessage({ type: 'settings-changed' });
    }, settings);
  }
  await page.close();
  return status;
}

interface ExtensionPageApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

export async function startFaultWorld(): Promise<FaultWorld> {
  const widgetDir = await ensureWidgetBuilt();
  const extDir = buildExtension('e2e');
  const ext = await launchExtension(extDir);
  const dir = mkdtempSync(join(tmpdir(), 'tierdesk-browser-faults-'));
  let hubUrl = '';
  const app = await startAppServer(widgetDir, () => hubUrl);
  const configPath = join(dir, 'hub.json');
  // Rate limits out of the way: this run is about crashes, not throttling (429 is retried anyway).
  const lots = { perMinute: 1_000_000, burst: 100_000 };
  writeFileSync(
    configPath,
    JSON.stringify({
      apps: [
        {
          id: 'payroll',
          name: 'Payroll',
          intakeKeys: [faultKey],
          allowedOrigins: [app.url, ext.origin],
        },
      ],
      hub: { rateLimits: { intakeClient: lots, intakeKey: lots, agent: lots, anonymous: lots } },
    }),
  );
  const cli = await bundleHub();
  const dataDir = join(dir, 'data');
  const hub = new HubProcess({ port: await freePort(), dataDir, configPath, cli });
  hubUrl = hub.url;
  await hub.start();
  const setupStatus = await configureReporter(ext, hub.url);
  return {
    hub,
    dataDir,
    appUrl: app.url,
    ext,
    setupStatus,
    close: async () => {
      await ext.close().catch(() => {});
      await hub.kill9();
      await new Promise<void>((r) => app.server.close(() => r()));
      removeBuild(extDir);
      rmSync(dir, { recursive: true, force: true });
      rmSync(cli, { force: true });
    },
  };
}
