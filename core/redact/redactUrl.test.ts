import { describe, expect, it } from 'vitest';
import { redactQuery, redactUrl, redactUrlParts } from './redactUrl';

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

  it('redacts inside an encoded URL passed as a parameter', () => {
    expect(redactUrlParts('/login?next=https%3A%2F%2Fx.example%2F%3Fpassword%3Dabc')).toBe(
      '/login?next=https%3A%2F%2Fx.example%2F%3Fpassword%3D%5BREDACTED%3Apassword%5D',
    );
  });

  it('copes with malformed encodings and URLs without a query', () => {
    expect(redactQuery('a=%E0%A4%A&password=x')).toBe('a=%E0%A4%A&password=[REDACTED:password]');
    expect(redactUrl('not a url at all')).toBe('not a url at all');
  });
});

describe('redactQuery on encoded values', () => {
  it('redacts secrets that URL encoding hid from the text rules', () => {
    expect(redactQuery('q=x&variables=%7B%22password%22%3A%22Enc0ded!%22%7D')).toBe(
      'q=x&variables=' + encodeURIComponent('{"password":"[REDACTED:password]"}'),
    );
    expect(redactQuery('c=sessionid%3Dabc123def456')).toBe(
      'c=' + encodeURIComponent('sessionid=[REDACTED:session]'),
    );
    expect(redactQuery('next=https://x.example/reset-password/Xy7kP2qR9sT4uV6wZ8aB1cD3')).toBe(
      'next=' + encodeURIComponent('https://x.example/reset-password/[REDACTED:token]'),
    );
    expect(redactQuery('q=caf%C3%A9&page=2')).toBe('q=caf%C3%A9&page=2');
  });
});
