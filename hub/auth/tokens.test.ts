import { describe, expect, it } from 'vitest';
import { newToken, reporterTokenFor, sameDigest, sha256Hex, tokenPattern } from './tokens';

describe('tokens', () => {
  it('makes distinct, well-formed agent tokens', () => {
    const a = newToken('td');
    expect(a).toMatch(tokenPattern.agent);
    expect(newToken('td')).not.toBe(a);
  });

  it('derives the same reporter token for a ticket, a different one for another ticket or secret', () => {
    const t = reporterTokenFor('01JD8Z5Q9X7YB3C4D5E6F7G8H9', 'secret-1');
    expect(t).toMatch(tokenPattern.reporter);
    expect(reporterTokenFor('01JD8Z5Q9X7YB3C4D5E6F7G8H9', 'secret-1')).toBe(t);
    expect(reporterTokenFor('01JD8Z5Q9X7YB3C4D5E6F7G8HA', 'secret-1')).not.toBe(t);
    expect(reporterTokenFor('01JD8Z5Q9X7YB3C4D5E6F7G8H9', 'secret-2')).not.toBe(t);
  });

  it('compares digests exactly', () => {
    const h = sha256Hex('x');
    expect(sameDigest(h, sha256Hex('x'))).toBe(true);
    expect(sameDigest(h, sha256Hex('y'))).toBe(false);
    expect(sameDigest(h, '')).toBe(false);
  });
});
