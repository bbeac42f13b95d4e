// The widget's size budgets (DESIGN.md), in gzip bytes of the built files: the loader every page
// pays for, and everything it takes to show a working open dialog (form, live triage preview and
// known issues as the user types, with redaction of what those calls send), in each language.
// tests/widget/open-dialog proves in Chromium that these files alone give that working dialog.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureWidgetBuilt, openDialogFiles } from './widget/ensureWidgetBuilt';

export const widgetBudgets = { loader: 8 * 1024, openDialog: 30 * 1024 } as const;

let dist = '';
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

beforeAll(async () => {
  dist = await ensureWidgetBuilt();
});

describe('widget size budgets', () => {
  it('keeps the loader within 8 KB gzipped', () => {
    expect(gz('tierdesk-widget.js')).toBeLessThanOrEqual(widgetBudgets.loader);
  });

  for (const [lang, files] of Object.entries(openDialogFiles)) {
    it(`keeps everything a working open dialog needs (${lang}) within 30 KB gzipped`, () => {
      const total = files.reduce((sum: number, f: string) => sum + gz(f), 0);
      expect(files[0]).toBe('tierdesk-widget.js');
      expect(total).toBeLessThanOrEqual(widgetBudgets.openDialog);
    });
  }

  it('keeps html2canvas, Dexie and the full answer schemas out of the files every open pays for', () => {
    for (const file of new Set(Object.values(openDialogFiles).flat())) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code).not.toMatch(/html2canvas/i);
      expect(code).not.toMatch(/Dexie/);
      // The reporter token and intake receipt are parsed by the outbox, not by the open form.
      expect(code).not.toMatch(/reporterToken/);
    }
    expect(readFileSync(join(dist, 'tierdesk-widget.js'), 'utf8')).not.toMatch(/preact|ZodError/i);
  });

  it('builds the later steps against the dialog file’s Preact, not a second copy', () => {
    const steps = readFileSync(join(dist, 'tierdesk-steps.js'), 'utf8');
    expect(steps).toMatch(/tierdesk\.stages/);
    // Preact's internals use mangled fields (`__k` children, `__H` hooks): a bundled copy carries them.
    expect(steps).not.toMatch(/__k|__H/);
    expect(readFileSync(join(dist, 'tierdesk-dialog.js'), 'utf8')).toMatch(/__k/);
  });

  it('carries only the page language’s strings in each dialog file', () => {
    const en = readFileSync(join(dist, 'tierdesk-dialog.js'), 'utf8');
    const de = readFileSync(join(dist, 'tierdesk-dialog-de.js'), 'utf8');
    expect(en).toContain('Report a problem');
    expect(en).not.toContain('Problem melden');
    expect(de).toContain('Problem melden');
    expect(de).not.toContain('What went wrong?');
  });
});
