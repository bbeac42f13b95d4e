import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import {
  instantSchema,
  jsonValueSchema,
  slugSchema,
  ticketNumberSchema,
  ulidSchema,
} from './primitives';

describe('primitives', () => {
  it('accepts ULIDs and rejects look-alikes', () => {
    expect(parseWith(ulidSchema, '01JD8Z5Q9X7YB3C4D5E6F7G8H9').ok).toBe(true);
    expect(parseWith(ulidSchema, '01JD8Z5Q9X7YB3C4D5E6F7G8HI').ok).toBe(false); // I is not Crockford
    expect(parseWith(ulidSchema, '01jd8z5q9x7yb3c4d5e6f7g8h9').ok).toBe(false);
  });
  it('accepts UTC instants only', () => {
    expect(parseWith(instantSchema, '2026-11-02T09:00:00.000Z').ok).toBe(true);
    expect(parseWith(instantSchema, '2026-11-02T09:00:00+01:00').ok).toBe(false);
    expect(parseWith(instantSchema, 'yesterday').ok).toBe(false);
  });
  it('checks slugs and ticket numbers', () => {
    expect(parseWith(slugSchema, 'payroll-v2').ok).toBe(true);
    expect(parseWith(slugSchema, '../etc').ok).toBe(false);
    expect(parseWith(ticketNumberSchema, 'TD-1042').ok).toBe(true);
    expect(parseWith(ticketNumberSchema, 'TD 1042').ok).toBe(false);
  });
  it('accepts JSON and rejects non-JSON values', () => {
    expect(parseWith(jsonValueSchema, { a: [1, 'x', null, { b: false }] }).ok).toBe(true);
    expect(parseWith(jsonValueSchema, { a: undefined }).ok).toBe(false);
    expect(parseWith(jsonValueSchema, new Date()).ok).toBe(false);
  });
});
