// Test fixture: a captured page context with nothing wrong; tests add the failures they need.
import type { PageContext } from '../../model/context';

const at = '2026-11-02T09:00:00.000Z';
export function pageContext(overrides: Partial<PageContext> = {}): PageContext {
  return {
    url: 'https://payroll.example/payslips',
    title: 'Payslips',
    environment: { userAgent: 'Mozilla/5.0', online: true },
    viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
    locale: 'en-GB',
    timeZone: 'Europe/London',
    consoleErrors: [],
    failedRequests: [],
    jsErrors: [],
    capturedAt: at,
    ...overrides,
  };
}
