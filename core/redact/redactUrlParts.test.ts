import { describe, expect, it } from 'vitest';
import { redactQuery, redactUrlParts } from './redactUrlParts';

describe('redactUrlParts', () => {
  it('redacts inside an encoded URL passed as a parameter', () => {
    expect(redactUrlParts('/login?next=https%3A%2F%2Fx.example%2F%3Fpassword%3Dabc')).toBe(
      '/login?next=https%3A%2F%2Fx.example%2F%3Fpassword%3D%5BREDACTED%3Apassword%5D',
    );
  });
  it('copes with malformed encodings and URLs without a query', () => {
    expect(redactQuery('a=%E0%A4%A&password=x')).toBe('a=%E0%A4%A&password=[REDACTED:password]');
    expect(redactUrlParts('https://a.example/plain/path')).toBe('https://a.example/plain/path');
  });
  it('leaves the text rules to redactSecrets', () => {
    expect(
      redactUrlParts('https://a.example/x/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'),
    ).toBe('https://a.example/x/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl');
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
