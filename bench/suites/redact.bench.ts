// Redaction figures: the corpus (planted secrets caught, look-alikes kept), throughput on page
// contexts, and what it adds to the widget's bundle (minified + gzip).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { redactDraft, redactPageContext, redactText, type PageContext } from '@tierdesk/core';
import { sampleDraft } from '../../core/testing/sampleTicket';
import { lookAlikes } from '../../core/redact/corpus/lookAlikes';
import { plantedSecrets } from '../../core/redact/corpus/plantedSecrets';
import { row, type BenchSuite } from '../row';

const at = '2026-11-02T09:00:00.000Z';

/** A busy page: 20 console errors, 20 failed requests, 10 errors with stacks, app context. */
function busyContext(): PageContext {
  const text = (i: number) => plantedSecrets[i % plantedSecrets.length]!.text.slice(0, 1900);
  const plain = (i: number) => lookAlikes[i % lookAlikes.length]!.text;
  return {
    url: 'https://payroll.example.com/payslips/2026-10?view=full&access_token=abcDEF0123456789xyz',
    title: 'Payslips — Payroll',
    environment: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36' },
    viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    consoleErrors: Array.from({ length: 20 }, (_, i) => ({
      level: 'error' as const,
      message: i % 2 ? text(i) : plain(i),
      at,
    })),
    failedRequests: Array.from({ length: 20 }, (_, i) => ({
      method: 'GET',
      url: `https://api.example.com/v1/items/${i}?page=${i}&api_key=k${i}abcdef0123`,
      status: 500,
      durationMs: 12,
      at,
    })),
    jsErrors: Array.from({ length: 10 }, (_, i) => ({
      message: plain(i),
      stack: `Error: ${plain(i)}\n    at load (https://payroll.example.com/assets/index-4f2a9c1b.js:12:${i})`,
      kind: 'error' as const,
      at,
    })),
    app: { role: 'employee', recordId: 'PAY-2026-10', sessionToken: 'abc123' },
    capturedAt: at,
  };
}

/** What intake mostly sees: a description and a context with a few ordinary errors. */
function typicalDraft() {
  const ctx = busyContext();
  return sampleDraft({
    description: 'Since this morning the payslip page shows "Something went wrong" after login.',
    context: {
      ...ctx,
      url: 'https://payroll.example.com/payslips/2026-10?view=full',
      consoleErrors: ctx.consoleErrors.filter((_, i) => i % 2 === 0).slice(0, 5),
      failedRequests: ctx.failedRequests.slice(0, 3),
      jsErrors: ctx.jsErrors.slice(0, 2),
    },
  });
}

function perSecond(fn: () => void): number {
  for (let i = 0; i < 50; i++) fn();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1000) {
    fn();
    n++;
  }
  return n / ((performance.now() - t0) / 1000);
}

async function bundleBytes(): Promise<string> {
  try {
    const { build } = await import('esbuild');
    const entry = fileURLToPath(new URL('../../core/redact/index.ts', import.meta.url));
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      treeShaking: true,
    });
    const code = out.outputFiles[0]!.contents;
    return `${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} kB gz (${(code.length / 1024).toFixed(1)} kB min)`;
  } catch (error) {
    return `not measured: ${String(error).slice(0, 80)}`;
  }
}

export const suite: BenchSuite = {
  name: 'redact',
  run: async () => {
    const leaked = plantedSecrets.filter((s) => redactText(s.text).includes(s.secret)).length;
    const changed = lookAlikes.filter((l) => redactText(l.text) !== l.text).length;
    const ctx = busyContext();
    const contexts = perSecond(() => redactPageContext(ctx));
    const draft = typicalDraft();
    const drafts = perSecond(() => redactDraft(draft));
    return [
      row(
        'redaction corpus: planted secrets leaked',
        `${leaked} of ${plantedSecrets.length}`,
        '0',
        leaked === 0,
      ),
      row(
        'redaction corpus: look-alikes changed',
        `${changed} of ${lookAlikes.length}`,
        '0',
        changed === 0,
      ),
      row(
        'redactPageContext, busy page (50 entries, half secrets), one core',
        `${contexts.toFixed(0)} contexts/s (${(1000 / contexts).toFixed(2)} ms each)`,
      ),
      row(
        'redactDraft, typical draft (10 context entries), one core',
        `${drafts.toFixed(0)} drafts/s (${(1000 / drafts).toFixed(3)} ms each)`,
      ),
      row('core/redact in a bundle', await bundleBytes()),
    ];
  },
};
