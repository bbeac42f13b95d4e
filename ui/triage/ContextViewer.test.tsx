import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import type { PageContext } from '@tierdesk/core/model/context';
import { ContextViewer } from './ContextViewer';

const context: PageContext = {
  url: 'https://payroll.example/payslip?id=[redacted]',
  title: 'Payslip',
  environment: { userAgent: 'Chrome/140', online: false },
  viewport: { width: 1280, height: 800, devicePixelRatio: 2 },
  locale: 'de-DE',
  timeZone: 'Europe/Berlin',
  consoleErrors: [
    { level: 'error', message: '<b>TypeError</b>', at: '2026-11-02T09:00:00Z', count: 3 },
  ],
  failedRequests: [
    {
      method: 'GET',
      url: '/api/payslip',
      status: 500,
      durationMs: 120.4,
      at: '2026-11-02T09:00:00Z',
    },
    {
      method: 'GET',
      url: 'https://cdn.x/a.js',
      status: 0,
      durationMs: 3,
      at: '2026-11-02T09:00:00Z',
      error: 'net::ERR_NAME_NOT_RESOLVED',
    },
  ],
  jsErrors: [],
  capturedAt: '2026-11-02T09:00:00Z',
};

describe('ContextViewer', () => {
  it('lists console errors, failed requests and environment as text', () => {
    const { container } = render(<ContextViewer context={context} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('.td-console')!.textContent).toContain(
      '[error] <b>TypeError</b> ×3',
    );
    const reqs = container.querySelector('.td-requests')!.textContent!;
    expect(reqs).toContain('GET /api/payslip → 500 (120 ms)');
    expect(reqs).toContain('net::ERR_NAME_NOT_RESOLVED');
    expect(container.querySelector('.td-env')!.textContent).toContain(
      'de-DE · Europe/Berlin · offline',
    );
  });
  it('says when nothing was captured', () => {
    const { container } = render(<ContextViewer context={undefined} />);
    expect(container.textContent).toContain('No page context');
  });
});
