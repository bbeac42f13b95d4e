import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redactSecrets';

describe('redactSecrets', () => {
  it('redacts authorization headers but keeps the scheme', () => {
    expect(redactSecrets('Authorization: Bearer abcdef0123456789ABCDEF')).toBe(
      'Authorization: Bearer [REDACTED:bearer]',
    );
    expect(redactSecrets('"authorization":"Basic YWRhOldpbnRlcjIwMjUh"')).toBe(
      '"authorization":"Basic [REDACTED:credentials]"',
    );
    expect(redactSecrets('Authorization: Digest username="ada", response="6629fae4"')).toBe(
      'Authorization: Digest [REDACTED:credentials]',
    );
    expect(redactSecrets('Authorization: required')).toBe('Authorization: required');
  });

  it('redacts only session-like cookies', () => {
    expect(redactSecrets('Cookie: theme=dark; sessionid=abc123; lang=en')).toBe(
      'Cookie: theme=dark; sessionid=[REDACTED:session]; lang=en',
    );
  });

  it('redacts named values in JSON, forms, YAML, code and XML, keeping their quotes', () => {
    expect(redactSecrets('{"password":"p\\"ss","user":"ada"}')).toBe(
      '{"password":"[REDACTED:password]","user":"ada"}',
    );
    expect(redactSecrets("api_key = 'abc123'")).toBe("api_key = '[REDACTED:api_key]'");
    expect(redactSecrets("'secret' => 'abc123',")).toBe("'secret' => '[REDACTED:secret]',");
    expect(redactSecrets('  password: M4il!Relay#7')).toBe('  password: [REDACTED:password]');
    expect(redactSecrets('<Password>x1!</Password>')).toBe(
      '<Password>[REDACTED:password]</Password>',
    );
  });

  it('leaves secret words in prose, nulls, booleans and masks alone', () => {
    for (const text of [
      'Password: I forgot it',
      'password reset please',
      '{"password":null,"hasToken":true}',
      '{"password":"********"}',
      'my password is not working',
      'token ring',
    ]) {
      expect(redactSecrets(text), text).toBe(text);
    }
  });

  it('applies extra patterns, global or not, and ignores empty matches', () => {
    expect(redactSecrets('EMP-123456 and EMP-654321', { extraPatterns: [/EMP-\d{6}/] })).toBe(
      '[REDACTED:custom] and [REDACTED:custom]',
    );
    expect(redactSecrets('abc', { extraPatterns: [/x*/g] })).toBe('abc');
  });
});
