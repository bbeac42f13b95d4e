import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64', () => {
  it('matches the standard encoding and round-trips every length', () => {
    expect(encodeBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(encodeBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
    expect(encodeBase64(new TextEncoder().encode('M'))).toBe('TQ==');
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
      expect(Array.from(decodeBase64(encodeBase64(bytes)))).toEqual(Array.from(bytes));
    }
  });

  it('rejects damaged text', () => {
    expect(() => decodeBase64('TWF')).toThrow(/multiple of 4/);
    expect(() => decodeBase64('TW!u')).toThrow(/invalid base64 character/);
  });
});
