// `node bin/tierdesk.js hub` runs the hub from the bundle of hub/cli/bundledMain.js: a real hub
// process that takes a ticket and lists it, built from this repository's sources only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulidx';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tierdesk-bundled-'));
const key = 'pk_bundled_test';
const origin = 'https://payroll.bundled.example';
let hub: ChildProcess;
let url: string;
let agentToken: string;

function run(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin/tierdesk.js'), ...args], { cwd: dir });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => resolve({ code, out }));
  });
}

/** The bundle a start just used: the newest folder of the CLI's cache. */
function newestBundle(): string {
  const cache = join(root, 'node_modules/.cache/tierdesk-cli');
  const dirs = readdirSync(cache)
    .filter((d) => !d.endsWith('.tmp'))
    .map((d) => join(cache, d));
  return dirs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
}

beforeAll(async () => {
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      apps: [{ id: 'payroll', name: 'Payroll', intakeKeys: [key], allowedOrigins: [origin] }],
    }),
  );
  const agent = await run(['hub', 'add-agent', '--name', 'Ada', '--role', 'L1', '--data', 'data']);
  expect(agent.code).toBe(0);
  hub = spawn(
    process.execPath,
    [
      join(root, 'bin/tierdesk.js'),
      'hub',
      '--port',
      '0',
      '--data',
      'data',
      '--config',
      'config.json',
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    hub.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const found = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
      if (found) resolve(found);
    });
    hub.once('exit', (code) => reject(new Error(`hub exited (${code}): ${out}`)));
  });
  agentToken = agent.out.match(/token: (td_\S+)/)![1]!;
}, 60_000);

afterAll(async () => {
  if (hub && hub.exitCode === null) {
    const exited = new Promise((resolve) => hub.once('exit', resolve));
    hub.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('tierdesk hub from the bundle', () => {
  it('takes a ticket and lists it in the queue', async () => {
    const id = ulid();
    const intake = await fetch(`${url}/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tierdesk-key': key, origin },
      body: JSON.stringify({
        id,
        app: { id: 'payroll', version: '1.0.0', environment: 'production' },
        source: 'widget',
        summary: 'Payslip page shows an error',
        description: 'It says something went wrong.',
        impact: 'team',
        urgency: 'degraded',
        reporter: { id: 'u-1', name: 'Bundled Test' },
        createdAt: '2026-11-02T09:00:00.000Z',
      }),
    });
    expect(intake.status).toBe(201);
    const queue = await fetch(`${url}/v1/queue?limit=5`, {
      headers: { authorization: `Bearer ${agentToken}` },
    });
    const body = (await queue.json()) as { items: Array<{ id: string }> };
    expect(body.items.map((t) => t.id)).toContain(id);
  });

  it('bundles only the sources, each keeping its own import.meta.url', () => {
    const main = readFileSync(join(newestBundle(), 'main.js'), 'utf8');
    // npm packages are imports resolved at run time (better-sqlite3 is native).
    expect(main).toMatch(/from "better-sqlite3"/);
    expect(main).toMatch(/from "hono"/);
    // startHub finds widget/dist next to its own source, not next to the bundle.
    expect(main).toContain(JSON.stringify(pathToFileURL(join(root, 'hub/startHub.ts')).href));
    expect(main).not.toContain('import.meta.url');
    // PostgreSQL's store stays a chunk loaded on demand, not part of every SQLite hub.
    expect(main).not.toMatch(/function createPostgresStore\b/);
    expect(readdirSync(newestBundle()).some((f) => f.startsWith('postgresStore-'))).toBe(true);
  });

  it('answers --help without starting a hub', async () => {
    const help = await run(['hub', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: tierdesk hub/);
  });
});
