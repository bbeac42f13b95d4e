import { describe, expect, it } from 'vitest';
import { ticketDraftSchema } from '../model/draft';
import { parseWith } from '../model/parse';
import { sampleDraft } from '../testing/sampleTicket';
import { redactDraft } from './redactDraft';

describe('redactDraft', () => {
  it('redacts what the user typed and what the page captured', () => {
    const draft = sampleDraft({
      summary: 'Login fails, my password is Winter2025!',
      description: 'Card 4111 1111 1111 1111 was charged twice. Ticket TD-1042 is related.',
      context: {
        url: 'https://payroll.example.com/?token=abcdef0123456789',
        title: 'Payroll',
        environment: { userAgent: 'UA' },
        viewport: { width: 1, height: 1, devicePixelRatio: 1 },
        locale: 'en',
        timeZone: 'UTC',
        consoleErrors: [],
        failedRequests: [],
        jsErrors: [],
        capturedAt: '2026-11-02T09:00:00.000Z',
      },
    });
    const out = redactDraft(draft);
    expect(out.summary).toBe('Login fails, my password is [REDACTED:password]!');
    expect(out.description).toBe(
      'Card [REDACTED:card] was charged twice. Ticket TD-1042 is related.',
    );
    expect(out.context?.url).toBe('https://payroll.example.com/?token=[REDACTED:token]');
    expect(out.reporter).toEqual(draft.reporter);
    expect(parseWith(ticketDraftSchema, out).ok).toBe(true);
  });

  it('keeps a summary within its 200 characters', () => {
    const out = redactDraft(sampleDraft({ summary: 'pwd=1 '.repeat(33) }));
    expect(out.summary.length).toBeLessThanOrEqual(200);
    expect(out.summary).not.toContain('pwd=1 ');
  });
});
