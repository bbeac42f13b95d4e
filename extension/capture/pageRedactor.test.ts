import { describe, expect, it } from 'vitest';
import { redactText, redactUrl } from './pageRedactor';

describe('pageRedactor', () => {
  it('blanks secret query values, credentials and token fragments, keeps the rest', () => {
    expect(redactUrl('https://u:p@app.example/a?id=42&access_token=abc&page=2#x')).toBe(
      'https://app.example/a?id=42&access_token=[redacted]&page=2#x',
    );
    expect(redactUrl('https://app.example/cb#access_token=abc&state=1')).toBe(
      'https://app.example/cb#[redacted]',
    );
  });
  it('masks bearer tokens, JWTs, provider keys and Luhn-valid card numbers only', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk';
    expect(redactText(`Authorization: Bearer abcdefghijkl ${jwt}`)).toBe(
      'Authorization: Bearer [redacted] [redacted-jwt]',
    );
    expect(redactText('key sk_live_abcdefghijklmnop')).toBe('key [redacted-key]');
    expect(redactText('card 4111 1111 1111 1111')).toBe('card [redacted-card]');
    expect(redactText('order 1234567890123')).toBe('order 1234567890123');
  });
});
