// Temperature scaling (Guo et al., 2017): one number that makes the softmax's confidence match
// how often the model is right on held-out rows, without changing which label wins.
import { softmax } from './softmax';

/** Mean negative log-likelihood of the targets under softmax(scores / temperature). */
export function meanLogLoss(
  scores: readonly Float64Array[],
  targets: readonly number[],
  temperature: number,
): number {
  let loss = 0;
  const probs = new Float64Array(scores[0]?.length ?? 0);
  scores.forEach((s, i) => {
    softmax(s, probs, temperature);
    loss -= Math.log(Math.max(probs[targets[i]!]!, 1e-12));
  });
  return loss / Math.max(scores.length, 1);
}

/** The temperature in [0.05, 20] minimising held-out log-loss (golden-section search on log T). */
export function calibrateTemperature(
  scores: readonly Float64Array[],
  targets: readonly number[],
): number {
  if (scores.length === 0) return 1;
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = hi - ratio * (hi - lo);
  let b = lo + ratio * (hi - lo);
  let fa = meanLogLoss(scores, targets, Math.exp(a));
  let fb = meanLogLoss(scores, targets, Math.exp(b));
  for (let i = 0; i < 40; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - ratio * (hi - lo);
      fa = meanLogLoss(scores, targets, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + ratio * (hi - lo);
      fb = meanLogLoss(scores, targets, Math.exp(b));
    }
  }
  return Math.round(Math.exp((lo + hi) / 2) * 10000) / 10000;
}
