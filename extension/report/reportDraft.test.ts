import { describe, expect, it } from 'vitest';
import { parseWith } from '@tierdesk/core/model/parse';
import { ticketDraftSchema } from '@tierdesk/core/model/draft';
import { reportDraft } from './reportDraft';

const context = {
  url: 'https://crm.example/a',
  title: 'CRM',
  environment: { userAgent: 'Chrome' },
  viewport: { width: 1, height: 1, devicePixelRatio: 1 },
  locale: 'en-GB',
  timeZone: 'Europe/London',
  consoleErrors: [],
  failedRequests: [],
  jsErrors: [],
  capturedAt: '2026-11-02T09:00:00.000Z',
};

describe('reportDraft', () => {
  const world = {
    id: '01JD8Z5Q9X7YB3C4D5E6F7G8H9',
    app: 'web',
    now: Date.parse('2026-11-02T09:00:00.000Z'),
    reporter: { name: 'Ada' },
  };
  it('is a valid extension draft with the context when included', () => {
    const d = reportDraft(
      {
        summary: '  CRM page blank ',
        description: 'x',
        impact: 'team',
        urgency: 'blocked',
        context,
        includeContext: true,
        shownKnownIssues: ['ki-1'],
      },
      world,
    );
    expect(parseWith(ticketDraftSchema, d).ok).toBe(true);
    expect(d).toMatchObject({
      source: 'extension',
      summary: 'CRM page blank',
      shownKnownIssues: ['ki-1'],
      context: { url: 'https://crm.example/a' },
    });
  });
  it('leaves the context out when the user removed it', () => {
    const d = reportDraft(
      {
        summary: 'CRM page blank',
        description: '',
        impact: 'individual',
        urgency: 'minor',
        context,
        includeContext: false,
        shownKnownIssues: [],
      },
      world,
    );
    expect(d.context).toBeUndefined();
    expect(d.shownKnownIssues).toBeUndefined();
  });
});
