// Starts a hub: opens the store in `dataDir`, starts the SLA clock and the HTTP server on
// 127.0.0.1 (or `host`). Tests, the CLI and the demo all start it through here.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { monotonicFactory } from 'ulidx';
import { parseHubConfig } from './config/loadHubConfig';
import type { HubConfig, HubConfigInput } from './config/hubConfig';
import { RateLimiter } from './http/rateLimiter';
import type { HubContext } from './hubContext';
import { LiveFeed } from './live/liveFeed';
import { jsonLogger, type Logger } from './log/logger';
import { createHubApp } from './server';
import { SlaClock } from './sla/slaClock';
import { webhookSender } from './sla/webhookSender';
import type { HubStore } from './store/hubStore';
import { chooseStorage, describeStorage, openHubStore } from './store/openHubStore';

export const hubVersion = '0.1.0';

export interface StartHubOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** The data folder (SQLite file inside), or `':memory:'`; unused with a database or `store`. */
  dataDir: string;
  /** A PostgreSQL URL: keep the data there (wins over the config's `storage.database`). */
  database?: string;
  /** A store the caller opened (another backend, e.g. PostgreSQL); the hub closes it. */
  store?: HubStore;
  /** A parsed config, or a raw value to validate. */
  config: HubConfig | HubConfigInput;
  /** The clock (UTC ISO-8601); real time by default. */
  now?: () => string;
  log?: Logger;
  logRequests?: boolean;
  /** Where the built widget files are; `widget/dist` of this repository by default. */
  widgetDir?: string;
  /** Replaces `fetch` for webhook deliveries (tests). */
  webhookFetch?: typeof fetch;
}

export interface RunningHub {
  url: string;
  port: number;
  store: HubStore;
  context: HubContext;
  /** Runs the SLA clock now (tests); resolves to how many tickets got SLA events. */
  checkSla: () => Promise<number>;
  /** Resolves when every pending webhook delivery has finished. */
  webhooksIdle: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const config = parseHubConfig(options.config, 'config');
  const log = options.log ?? jsonLogger();
  const now = options.now ?? (() => new Date().toISOString());
  const storage = chooseStorage({
    database: options.database,
    dataDir: options.dataDir,
    config: config.storage,
  });
  const store = options.store ?? (await openHubStore(storage));
  const nextUlid = monotonicFactory();
  const hubSecret = await store.secret('reporter-token', () =>
    randomBytes(32).toString('base64url'),
  );
  const webhooks = webhookSender(config.hub.webhooks, log, {
    now,
    ...(options.webhookFetch ? { fetch: options.webhookFetch } : {}),
  });
  const live = new LiveFeed();
  // Several hub processes on one PostgreSQL database: each one's live events reach the SSE
  // clients of all (the SLA clock and actions run in whichever process got the request).
  const bridge =
    storage.kind === 'postgres' && !options.store
      ? await connectLive(storage.url, live, log).catch(async (error: unknown) => {
          await store.close();
          throw error;
        })
      : null;
  let clock: SlaClock | null = null;
  const context: HubContext = {
    store,
    config,
    now,
    log,
    live,
    newId: () => nextUlid(Date.parse(now())),
    hubSecret,
    intakeInFlight: new Set(),
    notify: webhooks.send,
    slaChanged: (earliestWake) => clock?.schedule(earliestWake),
    limiter: new RateLimiter(() => Date.parse(now())),
    version: hubVersion,
  };
  clock = new SlaClock(context);
  const widgetDir = options.widgetDir ?? fileURLToPath(new URL('../widget/dist/', import.meta.url));
  const app = createHubApp(context, { widgetDir, logRequests: options.logRequests ?? false });
  const server: ServerType = await new Promise<ServerType>((resolve, reject) => {
    const s = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host ?? '127.0.0.1' },
      () => resolve(s),
    );
    s.once('error', reject);
  }).catch(async (error: unknown) => {
    await bridge?.close();
    await store.close();
    throw error;
  });
  clock.start();
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  log.info('hub started', {
    url: `http://${host}:${port}`,
    storage: store.kind,
    data: options.store ? store.kind : describeStorage(storage),
    apps: config.apps.length,
  });
  return {
    url: `http://${host}:${port}`,
    port,
    store,
    context,
    checkSla: async () => (await clock.tick(Number.MAX_SAFE_INTEGER)).length,
    webhooksIdle: webhooks.idle,
    close: async () => {
      clock.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Streams (SSE) keep connections open: end them so close() returns.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await bridge?.close();
      await store.close();
    },
  };
}

/** Relays `live` through PostgreSQL (LISTEN/NOTIFY, postgres/postgresLiveBridge.ts). */
async function connectLive(url: string, live: LiveFeed, log: Logger) {
  const { connectLiveBridge } = await import('./store/postgres/postgresLiveBridge');
  const bridge = await connectLiveBridge({
    url,
    onEvent: (e) => live.deliver(e.topic, e.event, e.data),
    onError: (error) => log.error('live bridge failed', { error: error.message }),
  });
  live.relay = (e) => {
    bridge.send(e).catch((error: unknown) =>
      log.error('live bridge send failed', {
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  };
  return bridge;
}
