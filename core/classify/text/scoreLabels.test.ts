import { describe, expect, it } from 'vitest';
import { scoreLabels } from './scoreLabels';

describe('scoreLabels', () => {
  it('computes accuracy, per-label figures, macro-F1 and the confusion matrix', () => {
    const s = scoreLabels(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b'], ['a', 'b']);
    expect(s.accuracy).toBe(0.75);
    expect(s.perLabel[0]).toMatchObject({ label: 'a', precision: 1, recall: 0.5, support: 2 });
    expect(s.perLabel[1]).toMatchObject({ label: 'b', precision: 2 / 3, recall: 1 });
    expect(s.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(s.confusion).toEqual([
      [1, 1],
      [0, 2],
    ]);
  });

  it('adds labels only seen in the data and leaves absent ones out of macro-F1', () => {
    const s = scoreLabels(['x'], ['y'], ['z']);
    expect(s.labels).toEqual(['z', 'x', 'y']);
    expect(s.macroF1).toBe(0);
    expect(s.accuracy).toBe(0);
  });
});
