import { describe, expect, it } from 'vitest';
import { mergeSpans, spansLength, subtractSpans } from './spans';

describe('spans', () => {
  it('merges overlapping and touching spans, dropping empty and inverted ones', () => {
    expect(mergeSpans([5, 9, 1, 3, 2, 6])).toEqual([1, 9]);
    expect(mergeSpans([1, 2, 2, 3, 7, 7, 9, 8])).toEqual([1, 3]);
  });
  it('subtracts', () => {
    expect(subtractSpans([0, 10, 20, 30], [5, 25])).toEqual([0, 5, 25, 30]);
    expect(subtractSpans([0, 10], [2, 3, 4, 5])).toEqual([0, 2, 3, 4, 5, 10]);
    expect(subtractSpans([0, 10], [])).toEqual([0, 10]);
    expect(subtractSpans([0, 10], [0, 10])).toEqual([]);
  });
  it('measures', () => expect(spansLength([0, 5, 10, 12])).toBe(7));
});
