import { describe, expect, it } from 'vitest';
import { tierRank, tiers, prioritySchema } from './enums';
import { parseWith } from './parse';

describe('enums', () => {
  it('ranks tiers L1 < L2 < L3', () => {
    expect(tiers.map(tierRank)).toEqual([1, 2, 3]);
  });
  it('lists the allowed values in the error', () => {
    const r = parseWith(prioritySchema, 'P0');
    expect(!r.ok && r.message).toMatch(/P1.*P5/);
  });
});
