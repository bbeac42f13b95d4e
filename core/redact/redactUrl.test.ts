import { describe, expect, it } from 'vitest';
import { redactUrl } from './redactUrl';

describe('redactUrl', () => {
  it('redacts secret query and fragment parameters, keeping the others', () => {
    expect(
      redactUrl('https://a.example/cb?code=4/0AX4&state=xyz#access_token=abc&token_type=Bearer'),
    ).toBe(
      'https://a.example/cb?code=[REDACTED:oauth_code]&state=xyz#access_token=[REDACTED:token]&token_type=Bearer',
    );
    expect(
      redactUrl('https://s3.example/f.pdf?X-Amz-Date=20261102T090000Z&X-Amz-Signature=abcdef'),
    ).toBe(
      'https://s3.example/f.pdf?X-Amz-Date=20261102T090000Z&X-Amz-Signature=[REDACTED:signature]',
    );
  });

  it('redacts credentials in the authority, and tokens used as user names', () => {
    expect(redactUrl('postgres://app:s3cret@db:5432/pay')).toBe(
      'postgres://app:[REDACTED:credentials]@db:5432/pay',
    );
    expect(redactUrl('https://ghp_0123456789abcdefghijABCDEFGHIJ012345@github.com/o/r.git')).toBe(
      'https://[REDACTED:token]@github.com/o/r.git',
    );
    expect(redactUrl('https://ada@git.example/r.git')).toBe('https://ada@git.example/r.git');
  });

  it('redacts random segments after path words that carry secrets, not ordinary ids', () => {
    expect(redactUrl('https://a.example/verify/Xy7kP2qR9sT4uV6wZ8aB1cD3/done')).toBe(
      'https://a.example/verify/[REDACTED:token]/done',
    );
    expect(redactUrl('https://a.example/files/a8f5f167f44f4964e6c998dee827110c')).toBe(
      'https://a.example/files/a8f5f167f44f4964e6c998dee827110c',
    );
  });

  it('redacts anything that is not one URL as text', () => {
    expect(redactUrl('connection failed: postgres://app:s3cret@db/pay')).toBe(
      'connection failed: postgres://app:[REDACTED:credentials]@db/pay',
    );
    expect(redactUrl('grant_type=authorization_code&code=abc123')).toBe(
      'grant_type=authorization_code&code=[REDACTED:oauth_code]',
    );
    expect(redactUrl('not a url at all')).toBe('not a url at all');
  });
});
