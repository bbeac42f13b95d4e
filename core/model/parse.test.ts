import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseWith } from './parse';

describe('parseWith', () => {
  const schema = z.object({ a: z.object({ b: z.number() }) });
  it('returns the value', () => {
    expect(parseWith(schema, { a: { b: 1 } })).toEqual({ ok: true, value: { a: { b: 1 } } });
  });
  it('names the dotted path and the root', () => {
    const r = parseWith(schema, { a: { b: 'x' } });
    expect(!r.ok && r.issues[0]?.path).toBe('a.b');
    const root = parseWith(schema, 3);
    expect(!root.ok && root.issues[0]?.path).toBe('(root)');
  });
});
