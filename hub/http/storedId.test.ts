import { describe, expect, it } from 'vitest';
import { storedId } from './storedId';

describe('storedId', () => {
  it('passes ids of the right shape and nothing else', () => {
    expect(storedId('01JD8Z5Q9X7YB3C4D5E6F7G8H9', 'ulid')).toBe('01JD8Z5Q9X7YB3C4D5E6F7G8H9');
    expect(storedId('ki-vpn-drops', 'slug')).toBe('ki-vpn-drops');
    for (const bad of ['', '\u0000', '01JD8Z5Q9X7YB3C4D5E6F7G8H9\u0000', 'not-a-ulid', '../x'])
      expect(storedId(bad, 'ulid')).toBeNull();
    expect(storedId('ki\u0000', 'slug')).toBeNull();
    expect(storedId('x'.repeat(65), 'slug')).toBeNull();
  });
});
