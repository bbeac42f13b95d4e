// `node bin/tierdesk.js hub` runs the hub from the bundle of hub/cli/bundledMain.js: a real hub
// process that takes a ticket and lists it, built from this repository's sources only.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cliHubConfig,
  repoRoot as root,
  runCli as run,
  startCliHub,
  submitDraft,
  type CliHub,
} from '../testing/cliHub';

const dir = mkdtempSync(join(tmpdir(), 'tierdesk-bundled-'));
let hub: CliHub;
let agentToken: string;

/** The bundle a start just used: the newest folder of the CLI's cache. */
function newestBundle(): string {
  const cache = join(root, 'node_modules/.cache/tierdesk-cli');
  const dirs = readdirSync(cache)
    .filter((d) => !d.endsWith('.tmp'))
    .map((d) => join(cache, d));
  return dirs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
}

beforeAll(async () => {
  writeFileSync(join(dir, 'config.json'), JSON.stringify(cliHubConfig));
  const agent = await run(
    ['hub', 'add-agent', '--name', 'Ada', '--role', 'L1', '--data', 'data'],
    dir,
  );
  expect(agent.code).toBe(0);
  agentToken = agent.out.match(/token: (td_\S+)/)![1]!;
  hub = await startCliHub(['--port', '0', '--data', 'data', '--config', 'config.json'], dir);
}, 60_000);

afterAll(async () => {
  await hub?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('tierdesk hub from the bundle', () => {
  it('takes a ticket and lists it in the queue', async () => {
    const intake = await submitDraft(hub.url);
    expect(intake.status).toBe(201);
    expect(hub.fellBack()).toBe(false);
    const queue = await fetch(`${hub.url}/v1/queue?limit=5`, {
      headers: { authorization: `Bearer ${agentToken}` },
    });
    const body = (await queue.json()) as { items: Array<{ id: string }> };
    expect(body.items.map((t) => t.id)).toContain(intake.id);
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

  it('maps the bundle back to the sources that exist (stack traces name the .ts lines)', () => {
    const map = JSON.parse(readFileSync(join(newestBundle(), 'main.js.map'), 'utf8')) as {
      sources: string[];
    };
    expect(map.sources).toContain(relative(newestBundle(), join(root, 'hub/startHub.ts')));
    expect(map.sources.filter((s) => !existsSync(resolve(newestBundle(), s)))).toEqual([]);
  });

  it('answers --help without starting a hub', async () => {
    const help = await run(['hub', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: tierdesk hub/);
  });
});
