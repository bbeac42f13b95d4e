// Test fixtures: a valid ticket and draft to start from (tests override the fields they care about).
import type { Ticket } from '../model/ticketState';
import type { TicketDraft } from '../model/draft';

export const sampleTicketId = '01JD8Z5Q9X7YB3C4D5E6F7G8H9';

export function sampleDraft(overrides: Partial<TicketDraft> = {}): TicketDraft {
  return {
    id: sampleTicketId,
    app: { id: 'payroll', version: '3.2.1', environment: 'production' },
    source: 'widget',
    summary: 'Payslip page shows an error',
    description: 'When I open my payslip for October the page says "Something went wrong".',
    impact: 'individual',
    urgency: 'degraded',
    reporter: { id: 'u-1001', name: 'Ada Example', email: 'ada@example.com' },
    createdAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}

export function sampleTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    schemaVersion: 2,
    id: sampleTicketId,
    number: 'TD-1001',
    summary: 'Payslip page shows an error',
    description: 'When I open my payslip for October the page says "Something went wrong".',
    reporter: { id: 'u-1001', name: 'Ada Example', email: 'ada@example.com' },
    app: { id: 'payroll', name: 'Payroll', version: '3.2.1', environment: 'production' },
    source: 'widget',
    impact: 'individual',
    urgency: 'degraded',
    priority: 'P4',
    category: 'app_defect',
    tier: 'L2',
    classification: {
      category: 'app_defect',
      tier: 'L2',
      confidence: 0.82,
      needsTriage: false,
      reasons: [{ source: 'text', detail: '"error" points at an application defect', weight: 1.2 }],
    },
    status: 'new',
    assignee: null,
    attachments: [],
    incidentId: null,
    majorIncident: false,
    knownIssueId: null,
    resolution: null,
    runbookDone: [],
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    ...overrides,
  };
}
