import { describe, expect, it } from 'vitest';
import { ibanLength, ibanValid } from './ibanValid';

describe('ibanValid', () => {
  it('accepts valid IBANs of several countries', () => {
    for (const iban of [
      'DE89370400440532013000',
      'GB29NWBK60161331926819',
      'FR1420041010050500013M02606',
      'NL91ABNA0417164300',
      'CH9300762011623852957',
      'NO9386011117947',
    ]) {
      expect(ibanValid(iban), iban).toBe(true);
    }
  });

  it('rejects a wrong check, a wrong length, an unknown country and lower case', () => {
    expect(ibanValid('DE89370400440532013001')).toBe(false);
    expect(ibanValid('DE8937040044053201300')).toBe(false);
    expect(ibanValid('ZZ89370400440532013000')).toBe(false);
    expect(ibanValid('de89370400440532013000')).toBe(false);
  });

  it('knows country lengths', () => {
    expect(ibanLength('DE')).toBe(22);
    expect(ibanLength('US')).toBeUndefined();
  });
});
