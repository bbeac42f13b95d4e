import { describe, expect, it } from 'vitest';
import { redactPaymentNumbers } from './redactPaymentNumbers';

describe('redactPaymentNumbers', () => {
  it('replaces card numbers written the usual ways', () => {
    for (const card of [
      '4111111111111111',
      '4111 1111 1111 1111',
      '4111-1111-1111-1111',
      '3782 822463 10005',
      '5555555555554444',
    ]) {
      expect(redactPaymentNumbers(`paid with ${card}.`), card).toBe('paid with [REDACTED:card].');
      expect(redactPaymentNumbers(`card=${card}`), card).toBe('card=[REDACTED:card]');
    }
  });

  it('keeps numbers that fail Luhn, have no card prefix or odd grouping', () => {
    for (const n of [
      '4111111111111112',
      '1732550400000123',
      '9111111111111111',
      '41111 11111 11111 1',
      '4111 1111-1111 1111',
      'ORD-4111111111111111',
      '4111111111111111111111',
      '3.14159265358979',
    ]) {
      expect(redactPaymentNumbers(n), n).toBe(n);
    }
  });

  it('replaces valid IBANs with or without spaces, not random codes', () => {
    expect(redactPaymentNumbers('IBAN DE89 3704 0044 0532 0130 00 please')).toBe(
      'IBAN [REDACTED:iban] please',
    );
    expect(redactPaymentNumbers('GB29NWBK60161331926819')).toBe('[REDACTED:iban]');
    expect(redactPaymentNumbers('DE89 3704 0044 0532 0130 01')).toBe('DE89 3704 0044 0532 0130 01');
    expect(redactPaymentNumbers('AB12 CDEF GHIJ KLMN')).toBe('AB12 CDEF GHIJ KLMN');
  });
});
