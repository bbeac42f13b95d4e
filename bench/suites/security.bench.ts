// Issue 9's figures (the soak run, `npm run bench -- security`): 10,000 fuzzed inputs per
// boundary; 500 tickets from the real senders (widget pages and the extension in Chromium) while
// the hub is killed and restarted, plus Node clients hammering intake through the kills; and the
// end-to-end redaction and XSS runs in Chromium. Every figure's budget is zero failures.
import { execFile } from 'node:child_process';
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
import { ensureWidgetBuilt } from '../../tests/widget/ensureWidgetBuilt';

// Named (`npm run bench -- security`): the full soak. Inside a run of every suite: a smaller one,
// so `npm run bench` stays a few minutes.
const named = process.argv.slice(2).includes('security');
const runs = Number(process.env['TIERDESK_SOAK_RUNS'] ?? (named ? 10_000 : 2_000));
/** Node outbox clients and direct clients: the kill-during-writes run (each of the two kinds). */
const nodeTickets = named ? 100 : 50;
/** Real senders in Chromium: the 500 tickets in the soak. */
const browserTickets = Number(process.env['TIERDESK_SOAK_TICKETS'] ?? (named ? 500 : 60));

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
    tickets: nodeTickets,
    directTickets: nodeTickets,
    restarts: 10,
    seed: 7,
  });
  progress(row('delivery under faults (Node clients)', JSON.stringify(r)));
  return [
    row(
      'delivery under faults, Node clients: tickets submitted (outbox + direct)',
      String(r.submitted),
    ),
    row(
      'delivery under faults, Node clients: lost / duplicated',
      `${r.lost} / ${r.duplicated}`,
      '0 / 0',
      r.lost === 0 && r.duplicated === 0,
    ),
    row(
      'delivery under faults, Node clients: hub kill -9 restarts survived',
      `${r.restarts} (${r.pageReloads} outbox reloads, ${r.seconds} s)`,
      '≥ 10',
      r.restarts >= 10,
    ),
    row(
      'delivery under faults, Node clients: database not clean after a kill',
      String(r.corruptOpens),
      '0',
      r.corruptOpens === 0,
    ),
  ];
}

async function browserDeliveryRows(): Promise<BenchRow[]> {
  const { deliverFromBrowsers } = await import('../../tests/reliability/deliverFromBrowsers');
  // Every widget ticket goes through the dialog's UI (seconds each); the extension's are cheap.
  const widgetTickets = Math.round(browserTickets / 5);
  const r = await deliverFromBrowsers({
    widgetTickets,
    extensionTickets: browserTickets - widgetTickets,
    widgetPages: named ? 4 : 3,
    restarts: named ? 12 : 10,
    seed: 9,
    drainTimeoutMs: 120_000,
  });
  progress(row('delivery under faults (Chromium)', JSON.stringify(r)));
  const w = r.widget;
  const e = r.extension;
  const cut = w.interrupted + e.interrupted;
  const cutDelivered = w.interruptedDelivered + e.interruptedDelivered;
  return [
    row(
      'delivery under faults, Chromium (widget + extension): tickets submitted',
      `${r.submitted} (widget ${w.tickets}, extension ${e.tickets}; ${w.promised + e.promised} confirmed to the user, ${cut} cut off mid-send of which ${cutDelivered} delivered)`,
    ),
    row(
      'delivery under faults, Chromium: lost / still waiting in an outbox when the drain ended',
      `${r.lost} / ${r.undelivered} (widget outbox ${JSON.stringify(w.left)}, extension ${JSON.stringify(e.left)})`,
      '0 / 0',
      r.lost === 0 && r.undelivered === 0,
    ),
    row(
      'delivery under faults, Chromium: duplicated',
      String(r.duplicated),
      '0',
      r.duplicated === 0,
    ),
    row(
      'delivery under faults, Chromium: left in an outbox after the drain / rows no sender filed',
      `${w.leftInOutbox + e.leftInOutbox} / ${r.strangers} (drained in widget ${r.drainSeconds.widget} s, extension ${r.drainSeconds.extension} s)`,
      '0 / 0',
      w.leftInOutbox === 0 && e.leftInOutbox === 0 && r.strangers === 0,
    ),
    row(
      'delivery under faults, Chromium: hub kill -9 restarts survived',
      `${r.restarts} (${w.reloads + e.reloads} page reloads mid-send, ${e.workerStops} service-worker stops, ${r.seconds} s)`,
      '≥ 10',
      r.restarts >= 10,
    ),
    row(
      'delivery under faults, Chromium: database not clean after a kill',
      String(r.corruptOpens),
      '0',
      r.corruptOpens === 0,
    ),
    row(
      'extension setup in reporter mode (intake key): connection test',
      r.extensionSetup.slice(0, 90),
      'connected',
      /^Connected/.test(r.extensionSetup),
    ),
  ];
}

const chromiumFiles = [
  'tests/security/redactionEndToEnd.test.ts',
  'tests/security/redactionExtension.test.ts',
  'tests/security/xssExtension.test.ts',
  'tests/security/xssWidget.test.ts',
];

/**
 * Runs the Chromium end-to-end files in a child process and answers what they printed. Started
 * before the delivery runs, which mostly wait on Chromium and the hub, so the soak's wall time
 * stays under ten minutes.
 */
function runChromiumFiles(): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'tests', ...chromiumFiles],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => resolve(stdout || String(error)),
    );
  });
}

/** Reads the figures the Chromium end-to-end files printed. */
function chromiumRows(out: string): BenchRow[] {
  // When a file did not print its figure, say why: the first failure vitest reported.
  const plain = out.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const why = /(FAIL .*|\w*Error: .*)/.exec(plain)?.[1]?.slice(0, 160) ?? 'no figure printed';
  const unfinished = `did not finish (${why})`;
  const redaction = (label: string, pattern: RegExp): BenchRow => {
    const m = pattern.exec(out);
    return m
      ? progress(
          row(
            `redaction end to end (${label}, Chromium): secrets planted / leaked`,
            `${m[1]} / ${m[2]}`,
            '0 leaked',
            m[2] === '0',
          ),
        )
      : row(`redaction end to end (${label})`, unfinished, '0 leaked', false);
  };
  const xss = (label: string, pattern: RegExp): BenchRow => {
    const m = pattern.exec(out);
    return m
      ? progress(
          row(
            `XSS (${label}; Chromium): payloads tried / executed`,
            `${m[1]} payloads in ${m[2]} / ${m[3]} (CSP-blocked markup ${m[4]})`,
            '0 executed',
            m[3] === '0' && m[4] === '0',
          ),
        )
      : row(`XSS (${label})`, unfinished, '0 executed', false);
  };
  const mask = /extension screenshot: masked-area pixels (\d+), control pixels (\d+)/.exec(out);
  return [
    mask
      ? progress(
          row(
            'screenshot masking (extension, Chromium): pixels of password fields and masked elements left on the image',
            `${mask[1]} (unmasked control ${mask[2]})`,
            '0',
            mask[1] === '0',
          ),
        )
      : row('screenshot masking (extension)', unfinished, '0', false),
    redaction('widget', /redaction end to end: (\d+) secrets planted, (\d+) leaked/),
    redaction(
      'extension',
      /redaction end to end \(extension\): (\d+) secrets planted, (\d+) leaked/,
    ),
    xss(
      'extension popup, hub answers',
      /XSS \(extension, hub\): (\d+) payloads in (every field of \d+ tickets); executed (\d+); reached the DOM as markup and blocked by CSP (\d+)/,
    ),
    xss(
      'widget views: suggestions, form, review, confirmation, my tickets',
      /XSS \(widget\): (\d+) payloads in .*?"my tickets" of (\d+ tickets); executed (\d+); reached the DOM as markup and blocked by CSP (\d+)/,
    ),
  ];
}

export const suite: BenchSuite = {
  name: 'security',
  run: async () => {
    const fuzz = await fuzzRows(); // CPU-bound in this process: alone
    // One widget build before the two Chromium runs start, so they never build it at once.
    await ensureWidgetBuilt();
    const chromium = runChromiumFiles();
    const delivery = await deliveryRows();
    const browsers = await browserDeliveryRows();
    return [...fuzz, ...delivery, ...browsers, ...chromiumRows(await chromium)];
  },
};
