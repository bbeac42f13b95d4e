// Issue 9's figures (the soak run, `npm run bench -- security`): 10,000 fuzzed inputs per
// boundary, 500 tickets delivered while the hub is killed and restarted, and the end-to-end
// redaction and XSS runs in Chromium. Every figure's budget is zero failures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { row, type BenchRow, type BenchSuite } from '../row';
import { checkConfigFile } from '../../tests/security/fuzz/checkConfigFile';
import { checkCsvFile } from '../../tests/security/fuzz/checkCsvFile';
import { configText } from '../../tests/security/fuzz/configInput';
import { csvCase } from '../../tests/security/fuzz/csvInput';
import { fuzzBackgroundMessages } from '../../tests/security/fuzz/fuzzBackgroundMessages';
import { fuzzBoundary } from '../../tests/security/fuzz/fuzzBoundary';
import { fuzzHubApi, type FuzzReport } from '../../tests/security/fuzz/fuzzHubApi';
import { inProcess, overHttp } from '../../tests/security/fuzz/senders';
import { watchedApp } from '../../tests/security/fuzz/watchedApp';
import { fakeWidgetDir, startMatrixWorld } from '../../tests/security/matrixWorld';

// Named (`npm run bench -- security`): the full soak. Inside a run of every suite: a smaller one,
// so `npm run bench` stays a few minutes.
const named = process.argv.slice(2).includes('security');
const runs = Number(process.env['TIERDESK_SOAK_RUNS'] ?? (named ? 10_000 : 2_000));
const tickets = named ? 250 : 50;

/** Progress on stderr, so a long soak shows its figures as they come. */
function progress(r: BenchRow): BenchRow {
  process.stderr.write(`security: ${r.what}: ${r.figure}\n`);
  return r;
}
const root = fileURLToPath(new URL('../../', import.meta.url));

function fuzzRow(r: FuzzReport): BenchRow {
  const first = r.failures[0] ? ` (first: ${r.failures[0].reason.slice(0, 80)})` : '';
  return progress(
    row(
      `fuzzing: ${r.boundary}`,
      `${r.inputs} inputs, ${r.failureCount} failures${first}`,
      '0 failures',
      r.failureCount === 0,
    ),
  );
}

async function fuzzRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const world = await startMatrixWorld();
  try {
    const app = watchedApp(world.hub, fakeWidgetDir());
    rows.push(
      fuzzRow(await fuzzHubApi('hub API, in-process', world, inProcess(app), { runs, seed: 1 })),
    );
    rows.push(
      fuzzRow(
        await fuzzHubApi('hub API, real HTTP', world, overHttp(world.hub), {
          runs: Math.ceil(runs / 20),
          seed: 2,
        }),
      ),
    );
  } finally {
    await world.hub.dispose();
  }
  const dir = mkdtempSync(join(tmpdir(), 'tierdesk-soak-'));
  try {
    rows.push(
      fuzzRow(
        await fuzzBoundary(
          'hub config file',
          configText,
          (t) => checkConfigFile(t, join(dir, 'hub.json')),
          { runs, seed: 3 },
        ),
      ),
    );
    rows.push(
      fuzzRow(
        await fuzzBoundary('classify CSV', csvCase, (c) => checkCsvFile(c, join(dir, 'data.csv')), {
          runs,
          seed: 4,
        }),
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push(fuzzRow(await fuzzBackgroundMessages(runs, 5)));
  return rows;
}

async function deliveryRows(): Promise<BenchRow[]> {
  // The outbox's IndexedDB in Node, installed only when this suite runs (a global).
  const fakeIndexedDb = 'fake-indexeddb/auto';
  await import(fakeIndexedDb);
  const { deliverUnderFaults } = await import('../../tests/reliability/deliverUnderFaults');
  const r = await deliverUnderFaults({
    tickets,
    directTickets: tickets,
    restarts: named ? 12 : 10,
    seed: 7,
  });
  progress(row('delivery under faults', JSON.stringify(r)));
  return [
    row('delivery under faults: tickets submitted (outbox + direct)', String(r.submitted)),
    row('delivery under faults: lost', String(r.lost), '0', r.lost === 0),
    row('delivery under faults: duplicated', String(r.duplicated), '0', r.duplicated === 0),
    row(
      'delivery under faults: hub kill -9 restarts survived',
      `${r.restarts} (${r.pageReloads} page reloads, ${r.seconds} s)`,
      '≥ 10',
      r.restarts >= 10,
    ),
    row(
      'delivery under faults: database not clean after a kill',
      String(r.corruptOpens),
      '0',
      r.corruptOpens === 0,
    ),
  ];
}

/** Runs the Chromium end-to-end files and reads the figures they print. */
function chromiumRows(): BenchRow[] {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'tests',
        'tests/security/redactionEndToEnd.test.ts',
        'tests/security/xssExtension.test.ts',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? error);
  }
  const redaction = /(\d+) secrets planted, (\d+) leaked/.exec(out);
  const xss =
    /(\d+) payloads in every field of (\d+) tickets; executed (\d+); reached the DOM as markup and blocked by CSP (\d+)/.exec(
      out,
    );
  return [
    redaction
      ? row(
          'redaction end to end (widget, Chromium): secrets planted / leaked',
          `${redaction[1]} / ${redaction[2]}`,
          '0 leaked',
          redaction[2] === '0',
        )
      : row('redaction end to end', 'did not finish', '0 leaked', false),
    xss
      ? row(
          'XSS (extension popup, hub answers; Chromium): payloads tried / executed',
          `${xss[1]} payloads × every field of ${xss[2]} tickets / ${xss[3]} (CSP-blocked markup ${xss[4]})`,
          '0 executed',
          xss[3] === '0' && xss[4] === '0',
        )
      : row('XSS end to end', 'did not finish', '0 executed', false),
  ];
}

export const suite: BenchSuite = {
  name: 'security',
  run: async () => [...(await fuzzRows()), ...(await deliveryRows()), ...chromiumRows()],
};
