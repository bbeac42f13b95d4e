import { describe, expect, it } from 'vitest';
import { secretNameKind, sessionCookieName } from './secretNames';

describe('secretNameKind', () => {
  it('finds secret field names with any prefix and the usual suffixes', () => {
    expect(
      Object.fromEntries(
        [
          'password',
          'db_password',
          'newPassword',
          'password_confirmation',
          'passwd',
          'pwd',
          'X-Api-Key',
          'apiKey',
          'aws_secret_access_key',
          'client_secret',
          'access_token',
          'refreshToken',
          'id_token',
          'sessionId',
          'PHPSESSID',
          'AccountKey',
          'credentials',
          'cvv',
        ].map((n) => [n, secretNameKind(n)]),
      ),
    ).toEqual({
      password: 'password',
      db_password: 'password',
      newPassword: 'password',
      password_confirmation: 'password',
      passwd: 'password',
      pwd: 'password',
      'X-Api-Key': 'api_key',
      apiKey: 'api_key',
      aws_secret_access_key: 'secret',
      client_secret: 'secret',
      access_token: 'token',
      refreshToken: 'token',
      id_token: 'token',
      sessionId: 'session',
      PHPSESSID: 'session',
      AccountKey: 'api_key',
      credentials: 'secret',
      cvv: 'password',
    });
  });

  it('leaves ordinary names alone', () => {
    for (const n of [
      'token_type',
      'tokens_used',
      'password_reset',
      'passwordless',
      'secretary',
      'keyboard',
      'author',
      'code',
      'key',
      'sid',
    ]) {
      expect(secretNameKind(n), n).toBeNull();
    }
  });

  it('adds the short names only for URL and form parameters, and reads nested form names', () => {
    expect(secretNameKind('code', { parameter: true })).toBe('oauth_code');
    expect(secretNameKind('sig', { parameter: true })).toBe('signature');
    expect(secretNameKind('X-Amz-Signature', { parameter: true })).toBe('signature');
    expect(secretNameKind('key', { parameter: true })).toBe('api_key');
    expect(secretNameKind('user[password]')).toBe('password');
    expect(secretNameKind('state', { parameter: true })).toBeNull();
  });
});

describe('sessionCookieName', () => {
  it('tells session cookies from preferences', () => {
    for (const n of [
      'JSESSIONID',
      'PHPSESSID',
      'connect.sid',
      'laravel_session',
      '__Host-auth',
      'csrftoken',
      '_gh_sess',
      'remember_me',
      '.AspNetCore.Cookies',
    ]) {
      expect(sessionCookieName(n), n).toBe(true);
    }
    for (const n of ['theme', 'lang', '_ga', 'sidebar', 'author', 'consent']) {
      expect(sessionCookieName(n), n).toBe(false);
    }
  });
});
