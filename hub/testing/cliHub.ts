// `node bin/tierdesk.js hub …` as a child process for tests: resolves once it listens, with its
// URL and a stop that waits for it to exit; plus one app and a draft for it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ulid } from 'ulidx';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CliHub {
  url: string;
  /** True when it could not run from the bundle (bin/tierdesk.js fell back to tsx). */
  fellBack: () => boolean;
  stop: () => Promise<void>;
}

/** Runs `tierdesk <args>` to its end; resolves with its exit code and what it printed. */
export function runCli(args: string[], cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/tierdesk.js'), ...args], { cwd });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => resolve({ code, out }));
  });
}

/** Starts `tierdesk hub <args>` (add `--port 0`) in `cwd`. */
export function startCliHub(args: string[], cwd: string): Promise<CliHub> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/tierdesk.js'), 'hub', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const fellBack = () => err.includes('loading it through tsx');
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const url = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
      if (url) resolve({ url, fellBack, stop });
    });
    child.once('exit', (code) => reject(new Error(`tierdesk hub exited (${code}): ${out}`)));
  });
}

export const cliHubKey = 'pk_cli_hub_test';
export const cliHubOrigin = 'https://payroll.cli-hub.example';
export const cliHubConfig = {
  apps: [
    { id: 'payroll', name: 'Payroll', intakeKeys: [cliHubKey], allowedOrigins: [cliHubOrigin] },
  ],
};

/** POSTs a draft (a new one, or again the one of `id`) to the hub's intake. */
export async function submitDraft(
  url: string,
  id = ulid(),
): Promise<{ status: number; id: string }> {
  const res = await fetch(`${url}/v1/tickets`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-tierdesk-key': cliHubKey,
      origin: cliHubOrigin,
    },
    body: JSON.stringify({
      id,
      app: { id: 'payroll', version: '1.0.0', environment: 'production' },
      source: 'widget',
      summary: 'Payslip page shows an error',
      description: 'It says something went wrong.',
      impact: 'team',
      urgency: 'degraded',
      reporter: { id: 'u-1', name: 'CLI Test' },
      createdAt: '2026-11-02T09:00:00.000Z',
    }),
  });
  await res.arrayBuffer();
  return { status: res.status, id };
}
