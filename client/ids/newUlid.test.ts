import { describe, expect, it } from 'vitest';
import { ulidSchema } from '@tierdesk/core/model/primitives';
import * as z from 'zod/mini';
import { newUlid } from './newUlid';

const fill = (v: number) => (b: Uint8Array) => b.fill(v);

describe('newUlid', () => {
  it('encodes the time first, so ids sort by creation', () => {
    expect(newUlid(0, fill(0))).toBe('00000000000000000000000000');
    expect(newUlid(1469918176385, fill(0)).slice(0, 10)).toBe('01ARYZ6S41'); // the ULID spec's example
    expect(newUlid(2, fill(0)) > newUlid(1, fill(31))).toBe(true);
  });

  it('is a valid ULID for core', () => {
    const id = newUlid(Date.now(), (b) => crypto.getRandomValues(b));
    expect(z.safeParse(ulidSchema, id).success).toBe(true);
    expect(newUlid(Date.now(), (b) => crypto.getRandomValues(b))).not.toBe(id);
  });
});
