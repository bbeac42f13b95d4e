import { describe, expect, it } from 'vitest';
import { clip } from './clip';

describe('clip', () => {
  it('keeps short text and cuts long text to the limit', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abcdef', 4)).toHaveLength(4);
  });
});
