// The extension in real Chromium: popup opened → queue visible with 10,000 cached tickets
// (budget ≤ 150 ms), the popup's JS heap with them (≤ 60 MB), and the Report tab's capture of a
// page (context + captureVisibleTab screenshot).
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sampleQueueItem } from '../../client/agent/testing/sampleQueueItem';
import { buildExtension, removeBuild } from '../../tests/extension/buildExtension';
import { launchExtension, type LoadedExtension } from '../../tests/extension/launchExtension';
import { openTimed, type PopupTiming } from '../../tests/extension/popupTiming';
import { startPageServer } from '../../tests/extension/pageServer';
import '../../tests/extension/chromeApi';
import { row, type BenchSuite } from '../row';

const tickets = 10_000;
/** Pause after closing a timed page, before opening the next. */
const settleMs = 400;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function cachedQueue() {
  const t0 = Date.parse('2026-11-02T09:00:00.000Z');
  const apps = [
    { id: 'payroll', name: 'Payroll' },
    { id: 'crm', name: 'CRM' },
    { id: 'wiki', name: 'Wiki' },
  ];
  return Array.from({ length: tickets }, (_, i) =>
    sampleQueueItem({
      id: `01JD8Z5Q9X7YB3C4D5E${String(i).padStart(7, '0')}`,
      number: `TD-${1000 + i}`,
      summary: `Ticket ${i}: the page shows an error when saving the form`,
      app: apps[i % 3]!,
      tier: (['L1', 'L2', 'L3'] as const)[i % 3]!,
      priority: (['P1', 'P2', 'P3', 'P4', 'P5'] as const)[i % 5]!,
      nextDueAt: new Date(t0 + ((i * 7919) % tickets) * 60_000).toISOString(),
      slaPct: (i * 37) % 120,
      breached: (i * 37) % 120 >= 100,
    }),
  );
}

/** Seeds settings (agent mode, a hub that is not there: the popup paints from its cache) and the cached queue. */
export async function seed(ext: LoadedExtension): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(`${ext.origin}/popup.html`);
  await page.evaluate(() =>
    (
      chrome as unknown as { storage: { local: { set(v: unknown): Promise<void> } } }
    ).storage.local.set({
      'tierdesk.settings': {
        hubUrl: 'http://127.0.0.1:9',
        mode: 'agent',
        token: 'td_bench_token_0001',
        reportApp: 'payroll',
        me: { id: 'agent-l1', name: 'Bench Agent', role: 'L1' },
        consoleCapture: false,
      },
    }),
  );
  // Reopened in agent mode, the popup creates its database (Dexie's schema, after its first
  // paint); then fill the cache: a row per ticket, as the background's refresh leaves it.
  await page.reload();
  await page.waitForSelector('[data-status]:not([data-status="loading"])');
  await page.evaluate(
    ({ items }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tierdesk-extension');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['queue', 'queueMeta'], 'readwrite');
          const now = Date.now();
          for (const item of items) tx.objectStore('queue').put({ id: item.id, item, pctAt: now });
          tx.objectStore('queueMeta').put({ key: 'queue', agentId: 'agent-l1', fetchedAt: now });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { items: cachedQueue() },
  );
  // Only the rows: the popup's first open writes the first-screen record itself.
  await page.evaluate(() =>
    (
      chrome as unknown as { storage: { local: { remove(k: string): Promise<void> } } }
    ).storage.local.remove('tierdesk.firstScreen'),
  );
  await page.close();
}

/**
 * An empty extension page beside the popup (bench builds only): the floor any extension page
 * pays in this Chromium on this machine at this moment (process, context, bindings, a frame).
 */
function addBlankPage(dir: string): string {
  writeFileSync(
    join(dir, 'bench-blank.html'),
    '<!doctype html><meta charset="utf-8"><div id="app"></div><script type="module" src="/bench-blank.js"></script>',
  );
  writeFileSync(
    join(dir, 'bench-blank.js'),
    "performance.mark('tierdesk:popup-start');document.getElementById('app').innerHTML='<p data-ticket>x</p>';requestAnimationFrame(()=>performance.mark('tierdesk:popup-painted'));",
  );
  return 'bench-blank.html';
}

type Medians = Record<
  | 'painted'
  | 'start'
  | 'cacheRead'
  | 'storageRead'
  | 'rendered'
  | 'appStart'
  | 'appRendered'
  | 'cpu'
  | 'fromMirror'
  | 'mirrorReplaced',
  number
>;

function medians(runs: PopupTiming[]): Medians {
  const m = (f: (t: PopupTiming) => number) => median(runs.map(f));
  return {
    painted: m((t) => t.painted),
    start: m((t) => t.start),
    cacheRead: m((t) => t.cacheRead),
    storageRead: m((t) => t.storageRead),
    fromMirror: runs.filter((t) => t.fromMirror).length,
    mirrorReplaced: runs.filter((t) => t.mirrorReplaced).length,
    rendered: m((t) => t.rendered),
    appStart: m((t) => t.appStart),
    appRendered: m((t) => t.appRendered),
    cpu: m((t) => t.mainThreadCpuMs),
  };
}

/**
 * Opens the popup and the empty page alternately, seven rounds (the first only warms the disk
 * cache): medians of each, and the median of the per-round differences, our own cost above the
 * floor (pairs opened moments apart see the same machine, which a shared machine's load is not
 * from one minute to the next). Each popup is left to finish what it does after its paint (read
 * all 10,000 rows) before it closes, so that work never lands in the next page's measurement (the
 * pages share a renderer). `last` runs on the popup of the last round.
 */
async function openPaired(
  ext: LoadedExtension,
  blankPath: string,
  last: (page: Page) => Promise<void>,
) {
  const popup: PopupTiming[] = [];
  const blank: PopupTiming[] = [];
  for (let round = 0; round < 7; round++) {
    const order = round % 2 ? (['blank', 'popup'] as const) : (['popup', 'blank'] as const);
    for (const which of order) {
      const t =
        which === 'popup'
          ? await openTimed(ext, 'popup.html', '[data-ticket]', [
              'tierdesk:popup-painted',
              'tierdesk:app-rendered',
            ])
          : await openTimed(ext, blankPath);
      if (round > 0) (which === 'popup' ? popup : blank).push(t);
      if (round === 6 && which === 'popup') await last(t.page);
      else if (which === 'popup')
        await t.page.waitForSelector(`.td-queue[data-count="${tickets}"]`);
      await t.page.close();
      // The pages share one renderer process: let the closed page's teardown (its heap, its
      // database connection) finish before the next page is timed, as it has long before a
      // person opens the popup again.
      await new Promise((r) => setTimeout(r, settleMs));
    }
  }
  return {
    popup: medians(popup),
    blank: medians(blank),
    aboveFloor: {
      wall: median(popup.map((t, i) => t.painted - blank[i]!.painted)),
      cpu: median(popup.map((t, i) => t.mainThreadCpuMs - blank[i]!.mainThreadCpuMs)),
    },
  };
}

export const suite: BenchSuite = {
  name: 'extension',
  run: async () => {
    const dir = buildExtension('e2e');
    const blankPage = addBlankPage(dir);
    const ext = await launchExtension(dir);
    const site = await startPageServer();
    try {
      await seed(ext);
      let heapMb = Number.NaN;
      let rowsInDom = 0;
      const { popup, blank, aboveFloor } = await openPaired(ext, blankPage, async (page) => {
        rowsInDom = await page.$$eval('[data-ticket]', (r) => r.length);
        // The whole cache is read after the first paint: measure the heap once it holds all of it.
        await page.waitForSelector(`.td-queue[data-count="${tickets}"]`);
        const cdp = await ext.context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        heapMb = heap.usedSize / 2 ** 20;
      });
      const load = loadavg()[0]!.toFixed(1);

      const app = await ext.context.newPage();
      await app.goto(`${site.url}/payslip`);
      await app.waitForTimeout(300);
      const tabId = await ext.worker.evaluate(
        async (url) => (await chrome.tabs.query({ url: `${url}/*` }))[0]?.id,
        site.url,
      );
      const popupPage = ext.context.waitForEvent('page');
      await ext.worker.evaluate(
        (url) => chrome.windows.create({ url, type: 'popup', width: 540, height: 700 }),
        `${ext.origin}/options.html`,
      );
      const driver = await popupPage;
      const captures: number[] = [];
      for (let i = 0; i < 5; i++) {
        captures.push(
          await driver.evaluate(async (tabId) => {
            const t0 = performance.now();
            const r = (await chrome.runtime.sendMessage({
              type: 'capture-tab',
              screenshot: true,
              tabId,
            })) as {
              ok: boolean;
              screenshot: string | null;
            };
            if (!r.ok || !r.screenshot) throw new Error('capture failed');
            return performance.now() - t0;
          }, tabId),
        );
        await driver.waitForTimeout(600); // captureVisibleTab allows about 2 calls a second
      }
      return [
        row(
          `popup opened → queue visible, ${tickets.toLocaleString('en')} cached tickets (median of 6, Chromium)`,
          `${popup.painted.toFixed(0)} ms: navigation → popup script ${popup.start.toFixed(0)} ms → settings + first screen read ${popup.cacheRead.toFixed(0)} ms (from the page's mirror in ${popup.fromMirror} of 6 opens; storage.local answered ${popup.storageRead.toFixed(0)} ms, and replaced the mirror's screen in ${popup.mirrorReplaced}) → DOM built ${popup.rendered.toFixed(0)} ms → painted; popup module starts ${popup.appStart.toFixed(0)} ms, its tree in place ${popup.appRendered.toFixed(0)} ms; renderer main thread ${popup.cpu.toFixed(0)} ms CPU; ${rowsInDom} rows in the DOM; load average ${load} on ${cpus().length} cores`,
          '≤ 150 ms',
          popup.painted <= 150,
        ),
        row(
          'the floor: an empty extension page in the same Chromium (median of 6, opened in turn with the popup)',
          `${blank.painted.toFixed(0)} ms (script start ${blank.start.toFixed(0)} ms); renderer main thread ${blank.cpu.toFixed(0)} ms CPU`,
        ),
        row(
          'popup above the floor (median of the 6 paired differences)',
          `${aboveFloor.wall.toFixed(0)} ms wall; ${aboveFloor.cpu.toFixed(0)} ms renderer main-thread CPU`,
        ),
        row(
          `popup JS heap with ${tickets.toLocaleString('en')} cached tickets (after GC)`,
          `${heapMb.toFixed(1)} MB`,
          '≤ 60 MB',
          heapMb <= 60,
        ),
        row(
          'Report tab capture: page context + captureVisibleTab screenshot (median of 5, 1280×800)',
          `${median(captures).toFixed(0)} ms`,
        ),
      ];
    } finally {
      await ext.close();
      await site.close();
      removeBuild(dir);
    }
  },
};
