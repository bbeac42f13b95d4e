import { describe, expect, it } from 'vitest';
import { contextLimits, failedRequestSchema, pageContextSchema } from '../model/context';
import { ticketDraftSchema } from '../model/draft';
import { parseWith } from '../model/parse';
import { sampleDraft } from '../testing/sampleTicket';
import { fieldLimits } from './fieldLimits';

describe('fieldLimits', () => {
  it('match the limits of the context schema', () => {
    expect(fieldLimits.url).toBe(contextLimits.url);
    expect(fieldLimits.message).toBe(contextLimits.message);
    expect(fieldLimits.stack).toBe(contextLimits.stack);
  });

  it('match the draft schema at the edges', () => {
    const ok = (d: object) => parseWith(ticketDraftSchema, d).ok;
    expect(ok(sampleDraft({ summary: 'x'.repeat(fieldLimits.summary) }))).toBe(true);
    expect(ok(sampleDraft({ summary: 'x'.repeat(fieldLimits.summary + 1) }))).toBe(false);
    expect(ok(sampleDraft({ description: 'x'.repeat(fieldLimits.description + 1) }))).toBe(false);
    const title = (t: string) => parseWith(pageContextSchema.shape.title, t).ok;
    expect(title('x'.repeat(fieldLimits.title))).toBe(true);
    expect(title('x'.repeat(fieldLimits.title + 1))).toBe(false);
    const error = (e: string) => parseWith(failedRequestSchema.shape.error, e).ok;
    expect(error('x'.repeat(fieldLimits.requestError))).toBe(true);
    expect(error('x'.repeat(fieldLimits.requestError + 1))).toBe(false);
  });
});
