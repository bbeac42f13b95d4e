import { describe, expect, it } from 'vitest';
import { redactionOptionsFrom } from './redactionOptions';

describe('redactionOptionsFrom', () => {
  it('compiles valid sources as global patterns and skips invalid ones', () => {
    const { extraPatterns } = redactionOptionsFrom(['EMP-\\d{6}', '([unclosed']);
    expect(extraPatterns).toHaveLength(1);
    expect(extraPatterns?.[0]?.flags).toBe('g');
    expect('EMP-123456 and EMP-654321'.match(extraPatterns![0]!)).toEqual([
      'EMP-123456',
      'EMP-654321',
    ]);
  });
});
