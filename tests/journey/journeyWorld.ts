// The world of the whole journey: the demo's pieces (payroll app, config, seed) around a real
// hub on free ports in a temp folder, a webhook inbox standing in for L3's pager, the built
// extension in one Chromium (the agents) and a plain Chromium for the employees.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startDemoApp, type DemoApp } from '../../hub/demo/demoApp';
import { demoConfig, demoIntakeKeys } from '../../hub/demo/demoConfig';
import { seedDemo, type DemoTokens } from '../../hub/demo/seedDemo';
import { silentLogger } from '../../hub/log/logger';
import { startHub, type RunningHub } from '../../hub/startHub';
import { buildExtension, removeBuild } from '../extension/buildExtension';
import { launchExtension, type LoadedExtension } from '../extension/launchExtension';
import { ensureWidgetBuilt } from '../widget/ensureWidgetBuilt';
import { chromiumArgs } from '../chromiumArgs';
import { startWebhookInbox, type WebhookInbox } from './webhookInbox';

/** Distinct reporters that make a group a major incident in the journey (step 4: three). */
export const majorIncidentReporters = 3;
/**
 * How long a step waits for the page before failing: long, because the machine is shared and
 * html2canvas alone takes seconds under load. A wait, never a measured threshold.
 */
export const patience = 120_000;
export const webhookSecret = 'journey-webhook-secret-0001';

export interface JourneyWorld {
  hub: RunningHub;
  app: DemoApp;
  ext: LoadedExtension;
  employees: Browser;
  inbox: WebhookInbox;
  /** The demo agents' tokens by id: lena (L1), omar (L2), mei (L3), lead. */
  tokens: DemoTokens;
  /** Moves the hub's clock forward (the browsers keep real time). */
  advance: (ms: number) => void;
  /** A new employee: a fresh browser profile (own widget outbox and "my tickets"). */
  newEmployee: () => Promise<BrowserContext>;
  /** Calls the hub's API as a demo agent; answers the parsed JSON or throws with the body. */
  api: <T>(path: string, agent: string, init?: { method?: string; json?: unknown }) => Promise<T>;
  close: () => Promise<void>;
}

/**
 * `clockBehindMs`: the hub starts that far behind real time. Intake groups a report at
 * min(client time, hub time), so advancing the hub later opens a new incident window for
 * browsers that keep real time (step 4 must not join step 1's report).
 */
export async function startJourneyWorld(options: { clockBehindMs: number }): Promise<JourneyWorld> {
  const widgetDir = await ensureWidgetBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'tierdesk-journey-'));
  // A build folder of this run's own (other runs rebuild while this Chromium reads it).
  const extensionDir = buildExtension('e2e');
  const ext = await launchExtension(extensionDir);
  let offset = -options.clockBehindMs;
  const now = () => new Date(Date.now() + offset).toISOString();
  let hubUrl = '';
  // The app first: the hub needs its origin (allowed origins, API prefixes).
  const app = await startDemoApp({
    port: 0,
    hubUrl: () => hubUrl,
    intakeKey: demoIntakeKeys.payroll,
  });
  const inbox = await startWebhookInbox();
  const demo = demoConfig([app.url]);
  const hub = await startHub({
    port: 0,
    dataDir,
    now,
    widgetDir,
    log: silentLogger,
    config: {
      ...demo,
      hub: {
        // No agentOrigins, as in `tierdesk demo`: the extension reaches the hub through the host
        // permission its setup page asks for (granted up front in the e2e build).
        majorIncidentReporters,
        webhooks: [{ url: inbox.url, secret: webhookSecret, events: ['incident'] }],
        // Every employee of the journey browses from 127.0.0.1: one client to the rate limiter.
        rateLimits: { intakeClient: { perMinute: 10_000, burst: 1_000 } },
      },
    },
  });
  hubUrl = hub.url;
  const tokens = await seedDemo(hub, { dataDir, appOrigin: app.url });
  ext.context.setDefaultTimeout(patience);
  const employees = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
  return {
    hub,
    app,
    ext,
    employees,
    inbox,
    tokens,
    advance: (ms) => {
      offset += ms;
      hub.context.slaChanged();
    },
    newEmployee: async () => {
      const context = await employees.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'en-GB',
        timezoneId: 'Europe/Berlin',
      });
      context.setDefaultTimeout(patience);
      return context;
    },
    api: async <T>(
      path: string,
      agent: string,
      init: { method?: string; json?: unknown } = {},
    ): Promise<T> => {
      const response = await fetch(hub.url + path, {
        method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
        headers: {
          authorization: `Bearer ${tokens[agent]!.token}`,
          ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text}`);
      return (text ? JSON.parse(text) : null) as T;
    },
    close: async () => {
      await employees.close().catch(() => {});
      await ext.close().catch(() => {});
      removeBuild(extensionDir);
      await hub.close().catch(() => {});
      await app.close();
      await inbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
