import { describe, expect, it } from 'vitest';
import { buildPageContext } from './buildPageContext';
import type { RawPageFacts } from './readPageContext';

const raw: RawPageFacts = {
  url: 'https://payroll.example/payslip?token=abc123',
  title: 'Payslip',
  referrer: '',
  userAgent: 'Chrome/140',
  platform: 'Linux x86_64',
  language: 'de-DE',
  online: true,
  cookiesEnabled: true,
  screen: { width: 1920, height: 1080 },
  viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
  timeZone: 'Europe/Berlin',
  failed: [
    {
      name: 'https://payroll.example/api/slip?id=1',
      initiatorType: 'fetch',
      status: 503,
      duration: 12.5,
      startTime: 100,
    },
  ],
  timeOrigin: Date.parse('2026-11-02T09:00:00.000Z'),
  console: [
    { level: 'error', message: 'boom Bearer abc', at: Date.parse('2026-11-02T09:00:01.000Z') },
    { level: 'log', message: 'chatter', at: 0 },
  ],
};
const redact = {
  url: (u: string) => u.replace(/token=[^&]+/, 'token=[redacted]'),
  text: (t: string) => t.replace(/Bearer \S+/, 'Bearer [redacted]'),
};

describe('buildPageContext', () => {
  it('redacts URLs and console text and keeps failed resources and environment', () => {
    const r = buildPageContext(raw, redact, Date.parse('2026-11-02T09:05:00.000Z'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.url).toBe('https://payroll.example/payslip?token=[redacted]');
    expect(r.value.consoleErrors).toEqual([
      { level: 'error', message: 'boom Bearer [redacted]', at: '2026-11-02T09:00:01.000Z' },
    ]);
    expect(r.value.failedRequests[0]).toMatchObject({
      status: 503,
      kind: 'fetch',
      at: '2026-11-02T09:00:00.100Z',
    });
    expect(r.value).toMatchObject({
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
      capturedAt: '2026-11-02T09:05:00.000Z',
    });
  });

  it('names the field when the page returned something tampered', () => {
    const r = buildPageContext({ ...raw, failed: 'lots' }, redact, 0);
    expect(!r.ok && r.message).toContain('failed');
  });
});
