import { describe, expect, it } from 'vitest';
import { mergeSpans, spansLength, subtractSpans, withSpan } from './spans';

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
  it('adds one span as mergeSpans would', () => {
    for (const [s, e] of [
      [12, 14],
      [10, 11],
      [4, 6],
      [9, 10],
      [0, 20],
      [15, 15],
      [16, 13],
    ] as const)
      expect(withSpan([1, 3, 5, 10], s, e)).toEqual(mergeSpans([1, 3, 5, 10, s, e]));
    expect(withSpan([], 2, 2)).toEqual([]);
  });
  it('measures', () => expect(spansLength([0, 5, 10, 12])).toBe(7));
});
