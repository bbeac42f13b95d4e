import { describe, expect, it } from 'vitest';
import { stopWords } from './stopWords';

describe('stopWords', () => {
  it('holds the function words the data set removed, not content words', () => {
    expect(stopWords.has('the')).toBe(true);
    expect(stopWords.has('wouldn')).toBe(true);
    expect(stopWords.has('printer')).toBe(false);
    expect(stopWords.size).toBeGreaterThan(150);
  });
});
