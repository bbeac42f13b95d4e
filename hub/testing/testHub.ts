// Test fixture: a real hub on 127.0.0.1 with a SQLite file in a temp folder, one app, one agent
// per role, and a small fetch client that speaks its credentials. TIERDESK_TEST_POSTGRES=1 puts
// each test hub in a fresh database of one throwaway PostgreSQL cluster instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role, TicketDraft } from '@tierdesk/core';
import { ulid } from 'ulidx';
import { addAgent } from '../auth/addAgent';
import type { HubConfigInput } from '../config/hubConfig';
import { silentLogger } from '../log/logger';
import { startHub, type RunningHub, type StartHubOptions } from '../startHub';

export const appOrigin = 'https://payroll.example';
export const intakeKey = 'pk_test_payroll_0001';

export function testConfig(overrides: Partial<HubConfigInput> = {}): HubConfigInput {
  return {
    apps: [
      {
        id: 'payroll',
        name: 'Payroll',
        intakeKeys: [intakeKey],
        allowedOrigins: [appOrigin],
        apiPrefixes: ['https://payroll.example/api/'],
      },
      {
        id: 'wiki',
        name: 'Wiki',
        intakeKeys: ['pk_test_wiki_00001'],
        allowedOrigins: ['https://wiki.example'],
      },
    ],
    // Tests send many requests from one address; the rate-limit test sets its own limits.
    hub: { rateLimits: { intakeClient: { perMinute: 100_000, burst: 10_000 } } },
    ...overrides,
  };
}

let cluster: Promise<{ createDatabase(): Promise<string> }> | null = null;

/** A fresh database on the test run's PostgreSQL cluster (started on first use). */
async function testDatabase(): Promise<string> {
  cluster ??= import('../store/postgres/testing/postgresServer').then((m) =>
    m.startPostgresServer(),
  );
  return (await cluster).createDatabase();
}

export interface TestHub extends RunningHub {
  dataDir: string;
  /** The PostgreSQL URL when the hub keeps its data there (TIERDESK_TEST_POSTGRES, `database`). */
  database: string | undefined;
  tokens: Record<Role, string>;
  /** Advances the hub's clock (all of it: SLA, rate limits). */
  advance: (ms: number) => void;
  request: (
    path: string,
    init?: RequestInit & { as?: Role | 'key' | 'none'; reporter?: string; json?: unknown },
  ) => Promise<Response>;
  restart: () => Promise<TestHub>;
  dispose: () => Promise<void>;
}

export async function startTestHub(
  options: {
    config?: HubConfigInput;
    dataDir?: string;
    startAt?: string;
    tokens?: Record<Role, string>;
  } & Partial<StartHubOptions> = {},
): Promise<TestHub> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'tierdesk-hub-'));
  let offset = 0;
  const base = options.startAt ? Date.parse(options.startAt) - Date.now() : 0;
  const now = () => new Date(Date.now() + base + offset).toISOString();
  const database =
    options.database ??
    (!options.store && process.env['TIERDESK_TEST_POSTGRES'] === '1'
      ? await testDatabase()
      : undefined);
  const hub = await startHub({
    port: 0,
    dataDir,
    config: options.config ?? testConfig(),
    now,
    log: silentLogger,
    ...options,
    ...(database !== undefined ? { database } : {}),
  });
  let tokens = options.tokens;
  if (!tokens) {
    tokens = {} as Record<Role, string>;
    for (const role of ['L1', 'L2', 'L3', 'lead', 'admin'] as const) {
      tokens[role] = (
        await addAgent(
          hub.store,
          { name: `${role} Agent`, role, id: `agent-${role.toLowerCase()}` },
          now(),
        )
      ).token;
    }
  }
  const t = tokens;
  const test: TestHub = {
    ...hub,
    dataDir,
    database,
    tokens: t,
    advance: (ms) => {
      offset += ms;
      hub.context.slaChanged();
    },
    request: (path, init = {}) => {
      const { as = 'none', reporter, json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (as === 'key') {
        headers.set('X-Tierdesk-Key', intakeKey);
        if (!headers.has('Origin')) headers.set('Origin', appOrigin);
      } else if (as !== 'none') headers.set('Authorization', `Bearer ${t[as]}`);
      if (reporter) headers.set('X-Tierdesk-Reporter', reporter);
      let body = rest.body;
      if (json !== undefined) {
        body = JSON.stringify(json);
        if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
      }
      return fetch(hub.url + path, { ...rest, headers, ...(body !== undefined ? { body } : {}) });
    },
    restart: async () => {
      await hub.close();
      return startTestHub({
        ...options,
        dataDir,
        tokens: t,
        ...(database !== undefined ? { database } : {}),
      });
    },
    dispose: async () => {
      await hub.close().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return test;
}

/** A valid draft with a fresh id (override what a test cares about). */
export function draft(overrides: Partial<TicketDraft> = {}): TicketDraft {
  return {
    id: ulid(),
    app: { id: 'payroll', version: '3.2.1', environment: 'production' },
    source: 'widget',
    summary: 'Payslip page shows an error',
    description: 'When I open my payslip for October the page says "Something went wrong".',
    impact: 'individual',
    urgency: 'degraded',
    reporter: { id: 'u-1001', name: 'Ada Example', email: 'ada@example.com' },
    createdAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}
