// Test fixtures for the agent client and triage: a valid queue item to override per test.
import type { QueueItem } from '../queueSchemas';

export function sampleQueueItem(overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    id: '01JD8Z5Q9X7YB3C4D5E6F7G8H9',
    number: 'TD-1001',
    summary: 'Payslip page shows an error',
    app: { id: 'payroll', name: 'Payroll' },
    category: 'app_defect',
    tier: 'L1',
    priority: 'P3',
    status: 'new',
    assignee: null,
    reporterName: 'Ada Example',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    nextDueAt: '2026-11-02T13:00:00.000Z',
    nextDueTimer: 'first_response',
    slaPct: 10,
    breached: false,
    paused: false,
    incidentId: null,
    majorIncident: false,
    needsTriage: false,
    ...overrides,
  };
}

/** A fetch that answers from a handler and records every request. */
export function fakeFetch(handler: (url: URL, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: URL; init: RequestInit }[] = [];
  const fn = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    return handler(url, init);
  }) as typeof fetch;
  return { fetch: fn, calls };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
