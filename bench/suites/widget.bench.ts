// The widget in numbers: gzipped sizes against the budgets, load → launcher → open dialog in
// Chromium, screenshot time on a 2,000-element page, and the JS heap the widget adds to a page.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { openDialogFiles } from '../../tests/widget/openDialogFiles';
import { row, type BenchSuite } from '../row';
import { chromiumArgs } from '../../tests/chromiumArgs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A fresh production build of the widget (`npm run build -w widget`). */
function buildWidget(): string {
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'widget/build.ts')], {
    cwd: join(root, 'widget'),
    stdio: 'pipe',
  });
  return join(root, 'widget/dist');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function tag(origin: string) {
  return `<script src="${origin}/widget/tierdesk-widget.js" data-hub="${origin}" data-app="payroll" data-key="pk_bench_payroll_1" async></script>`;
}

function table(cells: number) {
  const rows: string[] = [];
  for (let r = 0; r < cells / 10; r++)
    rows.push(`<tr>${Array.from({ length: 10 }, (_, c) => `<td>r${r}c${c}</td>`).join('')}</tr>`);
  return `<table>${rows.join('')}</table>`;
}

/** Serves the page variants and the built widget; hub calls answer 404 (not part of these timings). */
async function serve(dist: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (path.startsWith('/widget/')) {
      try {
        const body = readFileSync(join(dist, path.slice('/widget/'.length)));
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        return res.end(body);
      } catch {
        res.writeHead(404);
        return res.end();
      }
    }
    const pages: Record<string, string> = {
      '/blank': '<h1>No widget</h1>',
      '/plain': `<h1>Payroll</h1>${tag(origin)}`,
      '/big': `<h1>Payroll</h1>${table(2000)}${tag(origin)}`,
    };
    if (!(path in pages)) {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      return res.end('{"error":{"code":"not_found","message":"bench"}}');
    }
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(
      `<!doctype html><html lang="en"><head><title>bench</title></head><body>${pages[path]}</body></html>`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

export const suite: BenchSuite = {
  name: 'widget',
  run: async () => {
    const dist = buildWidget();
    const gz = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
    const loader = gz('tierdesk-widget.js');
    const total = (files: readonly string[]) => files.reduce((sum, f) => sum + gz(f), 0);
    const en = total(openDialogFiles.en);
    const de = total(openDialogFiles.de);
    const rows = [
      row('loader `tierdesk-widget.js`, gzipped', kb(loader), '≤ 8 KB', loader <= 8 * 1024),
      row(
        'to a working open dialog, English: loader + dialog (Preact, form, live preview and known issues with their zod/mini answer parsing, redaction of what they send), gzipped',
        kb(en),
        '≤ 30 KB',
        en <= 30 * 1024,
      ),
      row(
        'to a working open dialog, German: loader + `tierdesk-dialog-de.js` (the same, German strings only), gzipped',
        kb(de),
        '≤ 30 KB',
        de <= 30 * 1024,
      ),
      row(
        '+ steps (review, mark-up editor, confirmation, my tickets; fetched after the dialog shows)',
        kb(gz('tierdesk-steps.js')),
      ),
      row(
        '+ outbox (Dexie, intake client, draft redaction; fetched after the dialog shows, or on load when a ticket waits)',
        kb(gz('tierdesk-outbox.js')),
      ),
      row('+ screenshot (html2canvas; on "Add a screenshot")', kb(gz('tierdesk-screenshot.js'))),
      row(
        'everything to send a ticket without a screenshot (loader + dialog + steps + outbox), English',
        kb(en + gz('tierdesk-steps.js') + gz('tierdesk-outbox.js')),
      ),
    ];

    const { origin, server } = await serve(dist);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: chromiumArgs,
    });
    try {
      const ready: number[] = [];
      const open: number[] = [];
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${origin}/plain`);
        await page.waitForFunction(
          () => performance.getEntriesByName('tierdesk:launcher-ready').length > 0,
        );
        ready.push(
          await page.evaluate(() => {
            const script = performance
              .getEntriesByType('resource')
              .find((e) => e.name.includes('tierdesk-widget.js'))!;
            return (
              performance.getEntriesByName('tierdesk:launcher-ready')[0]!.startTime -
              script.startTime
            );
          }),
        );
        open.push(
          await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const t0 = performance.now();
                const api = (
                  window as unknown as {
                    Tierdesk: { on: (e: string, f: () => void) => void; open: () => void };
                  }
                ).Tierdesk;
                api.on('opened', () => resolve(performance.now() - t0));
                api.open();
              }),
          ),
        );
        await context.close();
      }
      rows.push(
        row(
          'script request → launcher ready, Chromium (median of 5)',
          `${median(ready).toFixed(0)} ms`,
        ),
      );
      rows.push(
        row(
          'Tierdesk.open() → dialog open, first time, Chromium (median of 5)',
          `${median(open).toFixed(0)} ms`,
        ),
      );

      const shots: number[] = [];
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${origin}/big`);
      await page.waitForFunction(
        () => performance.getEntriesByName('tierdesk:launcher-ready').length > 0,
      );
      const elements = await page.evaluate(() => document.querySelectorAll('*').length);
      for (let i = 0; i < 3; i++) {
        shots.push(
          await page.evaluate(async () => {
            const holder = window as unknown as Record<symbol, Record<string, unknown> | undefined>;
            const stages = (holder[Symbol.for('tierdesk.stages')] ??= {});
            if (!stages.screenshot) {
              await new Promise<void>((resolve, reject) => {
                const s = document.createElement('script');
                s.src = document
                  .querySelector<HTMLScriptElement>('script[src*="tierdesk-widget"]')!
                  .src.replace('tierdesk-widget', 'tierdesk-screenshot');
                s.onload = () => resolve();
                s.onerror = () => reject(new Error('no screenshot file'));
                document.head.appendChild(s);
              });
            }
            const stage = stages.screenshot as {
              captureScreenshot: (w: Window, o: { maskSelectors: string[] }) => Promise<unknown>;
            };
            const t0 = performance.now();
            await stage.captureScreenshot(window, { maskSelectors: [] });
            return performance.now() - t0;
          }),
        );
      }
      rows.push(
        row(
          `screenshot (html2canvas) of a ${elements}-element page, 1280×800 (median of 3)`,
          `${median(shots).toFixed(0)} ms`,
        ),
      );
      await context.close();

      // JS heap the widget adds: a page without it, with it (closed), with the dialog open.
      const heap = async (path: string, openDialog: boolean) => {
        const ctx = await browser.newContext();
        const p = await ctx.newPage();
        await p.goto(`${origin}${path}`);
        if (path !== '/blank')
          await p.waitForFunction(
            () => performance.getEntriesByName('tierdesk:launcher-ready').length > 0,
          );
        if (openDialog) {
          await p.evaluate(() =>
            (window as unknown as { Tierdesk: { open: () => void } }).Tierdesk.open(),
          );
          await p.waitForFunction(
            () => performance.getEntriesByName('tierdesk:dialog-open').length > 0,
          );
          await p.waitForTimeout(500);
        }
        const mb = await heapMb(p);
        await ctx.close();
        return mb;
      };
      const base = median([
        await heap('/blank', false),
        await heap('/blank', false),
        await heap('/blank', false),
      ]);
      const closed =
        median([
          await heap('/plain', false),
          await heap('/plain', false),
          await heap('/plain', false),
        ]) - base;
      const opened =
        median([
          await heap('/plain', true),
          await heap('/plain', true),
          await heap('/plain', true),
        ]) - base;
      rows.push(
        row(
          'JS heap added, dialog closed (after GC)',
          `${closed.toFixed(2)} MB`,
          '≤ 1 MB',
          closed <= 1,
        ),
      );
      rows.push(
        row(
          'JS heap added, dialog open (after GC)',
          `${opened.toFixed(2)} MB`,
          '≤ 4 MB',
          opened <= 4,
        ),
      );
    } finally {
      await browser.close();
      server.close();
    }
    return rows;
  },
};
