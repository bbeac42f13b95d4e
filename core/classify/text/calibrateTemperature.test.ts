import { describe, expect, it } from 'vitest';
import { calibrateTemperature, meanLogLoss } from './calibrateTemperature';

describe('calibrateTemperature', () => {
  it('softens an over-confident model and sharpens an under-confident one', () => {
    // Scores say 99.99 % but the model is right only 3 times in 4.
    const overconfident = [0, 1, 2, 3].map(() => Float64Array.from([10, 0]));
    const t = calibrateTemperature(overconfident, [0, 0, 0, 1]);
    expect(t).toBeGreaterThan(3);
    // Scores say 55 % but the model is always right.
    const timid = [0, 1, 2, 3].map(() => Float64Array.from([0.2, 0]));
    expect(calibrateTemperature(timid, [0, 0, 0, 0])).toBeLessThan(0.2);
  });

  it('lowers the log-loss it minimises', () => {
    const scores = [
      Float64Array.from([4, 0]),
      Float64Array.from([4, 0]),
      Float64Array.from([0, 1]),
    ];
    const targets = [0, 1, 1];
    const t = calibrateTemperature(scores, targets);
    expect(meanLogLoss(scores, targets, t)).toBeLessThan(meanLogLoss(scores, targets, 1));
    expect(calibrateTemperature([], [])).toBe(1);
  });
});
