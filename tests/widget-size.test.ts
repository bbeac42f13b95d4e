// The widget's size budgets (DESIGN.md), in gzip bytes of the built files: the loader every page
// pays for, and everything it takes to show the open dialog.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureWidgetBuilt } from './widget/ensureWidgetBuilt';

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

  it('keeps loader + dialog (what shows the open dialog) within 30 KB gzipped', () => {
    expect(gz('tierdesk-widget.js') + gz('tierdesk-dialog.js')).toBeLessThanOrEqual(
      widgetBudgets.openDialog,
    );
  });

  it('keeps html2canvas, Dexie and zod out of the files every page and every open pays for', () => {
    for (const file of ['tierdesk-widget.js', 'tierdesk-dialog.js']) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code).not.toMatch(/html2canvas/i);
      expect(code).not.toMatch(/Dexie/);
      expect(code).not.toMatch(/ZodError|\$ZodType/);
    }
    expect(readFileSync(join(dist, 'tierdesk-widget.js'), 'utf8')).not.toMatch(/preact/i);
  });
});
