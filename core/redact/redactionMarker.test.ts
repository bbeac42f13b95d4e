import { describe, expect, it } from 'vitest';
import { isRedacted, redactionMarker } from './redactionMarker';

describe('redactionMarker', () => {
  it('names the kind of secret', () => {
    expect(redactionMarker('card')).toBe('[REDACTED:card]');
  });

  it('recognises a marker, quoted or URL-encoded, and nothing else', () => {
    expect(isRedacted('[REDACTED:token]')).toBe(true);
    expect(isRedacted('"[REDACTED:password]"')).toBe(true);
    expect(isRedacted('%5BREDACTED%3Atoken%5D')).toBe(true);
    expect(isRedacted('REDACTED')).toBe(false);
    expect(isRedacted('hunter2')).toBe(false);
  });
});
