import { describe, expect, it } from 'vitest';
import { pageRedactor } from './pageRedactor';

describe('pageRedactor', () => {
  it('blanks secret query values and credentials in URLs, keeps the rest', () => {
    const url = pageRedactor.url(
      'https://u:p@app.example/a?id=42&access_token=abc123def456&page=2',
    );
    expect(url).not.toContain('abc123def456');
    expect(url).not.toContain('u:p@');
    expect(url).toContain('id=42');
    expect(url).toContain('page=2');
  });

  it('masks bearer tokens, JWTs, provider keys and Luhn-valid card numbers only', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk';
    const out = pageRedactor.text(
      `Authorization: Bearer abcdefghijkl ${jwt} card 4111 1111 1111 1111`,
    );
    expect(out).not.toContain('abcdefghijkl');
    expect(out).not.toContain(jwt);
    expect(out).not.toContain('4111 1111 1111 1111');
    expect(pageRedactor.text('order 1234567890123 for TD-1042')).toBe(
      'order 1234567890123 for TD-1042',
    );
  });
});
