// `tierdesk demo`: builds the widget and the extension, starts the hub on SQLite with seeded demo
// data, serves the demo payroll app with the widget embedded, and prints where everything is.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoApp } from '../../demo/demoApp';
import { demoConfig, demoIntakeKeys } from '../../demo/demoConfig';
import { seedDemo, type DemoTokens } from '../../demo/seedDemo';
import { startHub } from '../../startHub';
import { UsageError, type CliIo, type Command } from '../command';
import { parseOptions } from '../parseOptions';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const extensionDir = join(repoRoot, '.output', 'chrome-mv3');

function run(command: string, args: string[], io: CliIo): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) return done();
      io.err(output);
      fail(new Error(`${command} ${args.join(' ')} failed with exit code ${code}`));
    });
  });
}

/** Builds what the demo serves: the widget files and the Chrome extension. */
export async function buildDemo(io: CliIo): Promise<void> {
  io.out('Building the widget and the extension …');
  await run('npm', ['run', '--silent', 'build', '-w', 'widget'], io);
  await run(
    process.execPath,
    [join(repoRoot, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'],
    io,
  );
}

function openBrowser(url: string, dataDir: string, io: CliIo): void {
  if (!process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    io.err(
      'tierdesk demo --open: no desktop here (DISPLAY is not set); open the URL above in Chromium yourself.',
    );
    return;
  }
  const chromium = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].find((p) => existsSync(p));
  if (!chromium) {
    io.err('tierdesk demo --open: no Chromium found (apt-get install chromium).');
    return;
  }
  spawn(
    chromium,
    [
      `--user-data-dir=${join(dataDir, 'chromium-profile')}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      url,
    ],
    { detached: true, stdio: 'ignore' },
  ).unref();
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Build the widget and extension, seed demo data, start the hub and a demo app',
  usage:
    'tierdesk demo [--port N (hub, 8787)] [--app-port N (demo app, 5174)] [--data DIR] [--fresh] [--no-build] [--open]',
  run: async (args, io) => {
    const flags = new Set(args.filter((a) => ['--fresh', '--no-build', '--open'].includes(a)));
    const o = parseOptions(
      args.filter((a) => !flags.has(a)),
      ['port', 'app-port', 'data'],
    );
    const port = Number(o['port'] ?? 8787);
    const appPort = Number(o['app-port'] ?? 5174);
    for (const [name, value] of [
      ['port', port],
      ['app-port', appPort],
    ] as const) {
      if (!Number.isInteger(value) || value < 0 || value > 65535)
        throw new UsageError(`--${name} must be 0…65535`);
    }
    const dataDir = resolve(io.cwd, o['data'] ?? '.tierdesk/demo');
    if (flags.has('--fresh')) await rm(dataDir, { recursive: true, force: true });
    const fresh = !existsSync(join(dataDir, 'demo-tokens.json'));
    if (fresh) await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    if (!flags.has('--no-build')) await buildDemo(io);

    // The app starts first so that `--app-port 0` gets its real port into the allowed origins.
    let hubUrl = '';
    const app = await startDemoApp({
      port: appPort,
      hubUrl: () => hubUrl,
      intakeKey: demoIntakeKeys.payroll,
    });
    const actualAppPort = new URL(app.url).port;
    const appOrigins = [`http://127.0.0.1:${actualAppPort}`, `http://localhost:${actualAppPort}`];
    const hub = await startHub({
      port,
      dataDir,
      config: demoConfig(appOrigins),
      logRequests: false,
      log: {
        info: () => {},
        warn: () => {},
        error: (m, f) => io.err(`${m} ${JSON.stringify(f ?? {})}`),
      },
    });
    hubUrl = hub.url;
    const tokens: DemoTokens = fresh
      ? await seedDemo(hub, { dataDir, appOrigin: appOrigins[0]! })
      : JSON.parse(await readFile(join(dataDir, 'demo-tokens.json'), 'utf8'));

    io.out(
      [
        '',
        'Tierdesk demo is running.',
        '',
        `  Demo internal app (payroll, widget embedded): ${app.url}/`,
        `  Hub:                                          ${hub.url}  (API: ${hub.url}/openapi.json)`,
        `  Data folder:                                  ${dataDir}${fresh ? ' (seeded now)' : ' (kept from last run; --fresh reseeds)'}`,
        `  Extension (load unpacked in Chromium):        ${extensionDir}`,
        '',
        '  Agent tokens (paste one into the extension\u2019s setup page with the hub URL):',
        ...Object.entries(tokens).map(
          ([id, t]) => `    ${t.role.padEnd(4)} ${t.name.padEnd(14)} ${t.token}   (${id})`,
        ),
        '',
        `  Intake keys: payroll ${demoIntakeKeys.payroll}, expenses ${demoIntakeKeys.expenses}`,
        '',
        'Try it: open the payroll app, press "Download PDF" (its API fails), then "Report a problem".',
        'Press Ctrl-C to stop.',
      ].join('\n'),
    );
    if (flags.has('--open')) openBrowser(`${app.url}/`, dataDir, io);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void Promise.all([app.close(), hub.close()]).then(() => done());
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
