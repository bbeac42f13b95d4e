import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { contextLimits, pageContextSchema, type PageContext } from './context';

const context: PageContext = {
  url: 'https://payroll.example/payslips?month=10',
  title: 'Payslips',
  environment: { userAgent: 'Mozilla/5.0', platform: 'Linux', language: 'en-GB', online: true },
  viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
  locale: 'en-GB',
  timeZone: 'Europe/London',
  consoleErrors: [
    { level: 'error', message: 'TypeError: x is undefined', at: '2026-11-02T09:00:00.000Z' },
  ],
  failedRequests: [
    {
      method: 'GET',
      url: 'https://payroll.example/api/payslips/10',
      status: 500,
      durationMs: 120,
      at: '2026-11-02T09:00:00.000Z',
    },
    {
      method: 'GET',
      url: 'https://cdn.example/x.js',
      status: 0,
      durationMs: 30,
      at: '2026-11-02T09:00:00.000Z',
      error: 'net::ERR_NAME_NOT_RESOLVED',
    },
  ],
  jsErrors: [{ message: 'Uncaught TypeError', kind: 'error', at: '2026-11-02T09:00:00.000Z' }],
  app: { employeeId: 42, flags: ['beta'], nested: { ok: true } },
  capturedAt: '2026-11-02T09:00:01.000Z',
};

describe('pageContextSchema', () => {
  it('accepts a captured context with app-supplied JSON', () => {
    expect(parseWith(pageContextSchema, context)).toEqual({ ok: true, value: context });
  });

  it('bounds the rings so a noisy page cannot send megabytes', () => {
    const entry = context.consoleErrors[0]!;
    const noisy = {
      ...context,
      consoleErrors: Array.from({ length: contextLimits.consoleEntries + 1 }, () => entry),
    };
    const r = parseWith(pageContextSchema, noisy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('consoleErrors');
  });

  it('names a bad nested field', () => {
    const bad = { ...context, failedRequests: [{ ...context.failedRequests[0]!, status: 700 }] };
    const r = parseWith(pageContextSchema, bad);
    expect(!r.ok && r.issues[0]?.path).toBe('failedRequests.0.status');
  });

  it('rejects app context that is not JSON', () => {
    expect(parseWith(pageContextSchema, { ...context, app: { fn: () => 1 } }).ok).toBe(false);
  });
});
