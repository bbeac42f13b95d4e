import { describe, expect, it } from 'vitest';
import { stratifiedSplit } from './stratifiedSplit';

describe('stratifiedSplit', () => {
  const labels = [
    ...Array(100).fill('a'),
    ...Array(50).fill('b'),
    ...Array(10).fill('c'),
  ] as string[];

  it('keeps each label’s share in validation and uses every row once', () => {
    const { train, validation } = stratifiedSplit(labels);
    expect(validation.filter((i) => labels[i] === 'a')).toHaveLength(20);
    expect(validation.filter((i) => labels[i] === 'b')).toHaveLength(10);
    expect(validation.filter((i) => labels[i] === 'c')).toHaveLength(2);
    expect(new Set([...train, ...validation]).size).toBe(labels.length);
  });

  it('is fixed by its seed', () => {
    expect(stratifiedSplit(labels, { seed: 5 })).toEqual(stratifiedSplit(labels, { seed: 5 }));
    expect(stratifiedSplit(labels, { seed: 5 }).validation).not.toEqual(
      stratifiedSplit(labels, { seed: 6 }).validation,
    );
  });
});
