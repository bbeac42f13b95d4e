import { describe, expect, it } from 'vitest';
import { luhnValid } from './luhnValid';

describe('luhnValid', () => {
  it('accepts well-known test card numbers', () => {
    for (const n of [
      '4111111111111111',
      '5555555555554444',
      '378282246310005',
      '6011111111111117',
      '4222222222222',
    ]) {
      expect(luhnValid(n), n).toBe(true);
    }
  });

  it('rejects a changed digit, a swapped pair and non-digits', () => {
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('4111111111111121')).toBe(false);
    expect(luhnValid('4111-1111-1111-1111')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});
