import { describe, expect, it } from 'vitest';
import { redactJsonValue } from './redactJsonValue';

describe('redactJsonValue', () => {
  it('replaces values under secret keys at any depth, whatever their type', () => {
    expect(
      redactJsonValue({
        user: 'ada',
        apiKey: 'abc123',
        pin: 1234,
        nested: { auth: { accessToken: ['a', 'b'] }, password: null, hasPassword: true },
        notes: 'token ghp_0123456789abcdefghijABCDEFGHIJ012345 leaked',
        tries: 3,
      }),
    ).toEqual({
      user: 'ada',
      apiKey: '[REDACTED:api_key]',
      pin: 1234,
      nested: { auth: { accessToken: '[REDACTED:token]' }, password: null, hasPassword: true },
      notes: 'token [REDACTED:token] leaked',
      tries: 3,
    });
  });

  it('applies extra patterns to strings', () => {
    expect(redactJsonValue(['EMP-123456'], { extraPatterns: [/EMP-\d{6}/] })).toEqual([
      '[REDACTED:custom]',
    ]);
  });
});
