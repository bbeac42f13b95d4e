import { describe, expect, it } from 'vitest';
import { looksRandom, tokenRules } from './tokenRules';

const kindsOf = (text: string) =>
  tokenRules
    .filter((r) => {
      r.pattern.lastIndex = 0;
      const m = text.match(r.pattern);
      return m !== null && (!r.check || m.some((s) => r.check!(s)));
    })
    .map((r) => r.kind);

describe('tokenRules', () => {
  it('are global, so every occurrence is found', () => {
    for (const r of tokenRules) expect(r.pattern.global, r.pattern.source).toBe(true);
  });

  it('know provider shapes', () => {
    expect(kindsOf('AKIAIOSFODNN7EXAMPLE')).toEqual(['api_key']);
    expect(kindsOf('ghp_' + 'a1B2'.repeat(9))).toEqual(['token']);
    expect(kindsOf('sk_live_' + '4eC39HqLyjWDarjtT1zdp7dc')).toEqual(['api_key']);
    expect(kindsOf('Bearer abcDEF123456ghiJKL789')).toEqual(['bearer']);
  });

  it('leave words that share a prefix', () => {
    expect(
      kindsOf('the bearer of bad news; basic authentication; risk-assessment-report-2024'),
    ).toEqual([]);
    expect(kindsOf('task-list-item-1234567890abcdefghij')).toEqual([]);
  });
});

describe('looksRandom', () => {
  it('tells machine-made strings from words', () => {
    expect(looksRandom('a8f5f167f44f4964e6c998dee827110c')).toBe(true);
    expect(looksRandom('xYz0AbCdEfGhIjKlMn')).toBe(true);
    expect(looksRandom('authentication-required')).toBe(false);
    expect(looksRandom('short1')).toBe(false);
    expect(looksRandom('payroll-2024-v2-production-api')).toBe(false);
    expect(looksRandom('3f2b8c1e-9d4a-4e7b-8f6a-2c1d0e9b7a65')).toBe(true);
  });
});
