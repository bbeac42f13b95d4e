import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { ticketStateSchema } from './ticketState';
import { sampleTicket } from '../testing/sampleTicket';

describe('ticketStateSchema', () => {
  it('accepts a stored ticket', () => {
    expect(parseWith(ticketStateSchema, sampleTicket()).ok).toBe(true);
  });

  it('rejects a wrong schema version, a bad number and an unknown status', () => {
    const r = parseWith(ticketStateSchema, {
      ...sampleTicket(),
      schemaVersion: 1,
      number: '1042',
      status: 'done',
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.path).sort()).toEqual(['number', 'schemaVersion', 'status']);
  });
});
