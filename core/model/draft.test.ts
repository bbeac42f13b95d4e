import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { ticketDraftSchema } from './draft';
import { sampleDraft } from '../testing/sampleTicket';

describe('ticketDraftSchema', () => {
  it('accepts a complete draft', () => {
    expect(parseWith(ticketDraftSchema, sampleDraft()).ok).toBe(true);
  });

  it('names the field and what was expected', () => {
    const r = parseWith(ticketDraftSchema, { ...sampleDraft(), impact: 'everyone', summary: 42 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path).sort()).toEqual(['impact', 'summary']);
      expect(r.message).toMatch(/impact: .*individual/);
    }
  });

  it('rejects unknown fields, a bad id and an empty summary', () => {
    expect(parseWith(ticketDraftSchema, { ...sampleDraft(), admin: true }).ok).toBe(false);
    expect(parseWith(ticketDraftSchema, { ...sampleDraft(), id: 'not-a-ulid' }).ok).toBe(false);
    const blank = parseWith(ticketDraftSchema, { ...sampleDraft(), summary: '   ' });
    expect(blank.ok).toBe(false);
    if (!blank.ok) expect(blank.issues[0]?.path).toBe('summary');
  });

  it('trims the summary', () => {
    const r = parseWith(ticketDraftSchema, { ...sampleDraft(), summary: '  VPN drops  ' });
    expect(r.ok && r.value.summary).toBe('VPN drops');
  });
});
