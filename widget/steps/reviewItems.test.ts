import { describe, expect, it } from 'vitest';
import type { PageContext } from '@tierdesk/core/model/context';
import { stringsFor } from '@tierdesk/ui/strings';
import { reviewItems } from './reviewItems';

const context: PageContext = {
  url: 'https://payroll.example/payslips',
  title: 'Payslips',
  environment: { userAgent: 'UA' },
  viewport: { width: 800, height: 600, devicePixelRatio: 1 },
  locale: 'en',
  timeZone: 'UTC',
  consoleErrors: [
    { level: 'error', message: 'first', at: '2026-03-01T10:00:00.000Z' },
    { level: 'error', message: 'latest', at: '2026-03-01T10:00:01.000Z' },
  ],
  failedRequests: [
    {
      method: 'GET',
      url: 'https://payroll.example/api/pdf',
      status: 500,
      durationMs: 12,
      at: '2026-03-01T10:00:00.000Z',
    },
  ],
  jsErrors: [],
  capturedAt: '2026-03-01T10:00:00.000Z',
};

describe('reviewItems', () => {
  it('lists what will be sent, the report required, the rest removable', () => {
    const items = reviewItems(
      context,
      'Payslip blank',
      true,
      new Set(['console']),
      stringsFor('en'),
    );
    expect(items.map((i) => [i.id, i.included, !!i.required])).toEqual([
      ['report', true, true],
      ['page', true, false],
      ['environment', true, false],
      ['console', false, false],
      ['requests', true, false],
      ['screenshot', true, false],
    ]);
    expect(items.find((i) => i.id === 'console')).toMatchObject({
      label: '2 console messages',
      detail: 'latest',
    });
    expect(items.find((i) => i.id === 'requests')!.detail).toBe(
      'GET https://payroll.example/api/pdf → 500',
    );
  });

  it('speaks the dialog’s language and shortens long details', () => {
    const long = { ...context, title: 'T'.repeat(300) };
    const items = reviewItems(long, 'x', false, new Set(), stringsFor('de'));
    expect(items[1]!.label).toBe(stringsFor('de').reviewPage);
    expect(items[1]!.detail!.length).toBe(120);
    expect(items[1]!.detail!.endsWith('…')).toBe(true);
  });
});
