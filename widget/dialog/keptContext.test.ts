import { describe, expect, it } from 'vitest';
import type { PageContext } from '@tierdesk/core/model/context';
import { keptContext } from './keptContext';

const context: PageContext = {
  url: 'https://payroll.example/payslips',
  title: 'Payslips',
  referrer: 'https://payroll.example/',
  navigation: [],
  environment: { userAgent: 'UA' },
  viewport: { width: 800, height: 600, devicePixelRatio: 2 },
  locale: 'en',
  timeZone: 'UTC',
  consoleErrors: [{ level: 'error', message: 'boom', at: '2026-03-01T10:00:00.000Z' }],
  failedRequests: [],
  jsErrors: [{ kind: 'error', message: 'x is undefined', at: '2026-03-01T10:00:00.000Z' }],
  app: { role: 'clerk' },
  capturedAt: '2026-03-01T10:00:00.000Z',
};

describe('keptContext', () => {
  it('keeps everything when nothing was removed', () => {
    expect(keptContext(context, new Set())).toEqual(context);
  });

  it('blanks the removed parts and leaves the rest', () => {
    const kept = keptContext(context, new Set(['page', 'environment', 'errors', 'app']));
    expect(kept).toMatchObject({
      url: '',
      title: '',
      navigation: [],
      environment: { userAgent: '' },
      viewport: { width: 0, height: 0, devicePixelRatio: 1 },
      jsErrors: [],
      consoleErrors: context.consoleErrors,
    });
    expect(kept.referrer).toBeUndefined();
    expect(kept.app).toBeUndefined();
    expect(context.url).toBe('https://payroll.example/payslips'); // the original is untouched
  });
});
