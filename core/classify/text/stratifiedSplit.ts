// A fixed-seed stratified split: each label keeps its share in both parts, so a validation
// figure is comparable run to run and with the public 80/20 results.
import { seededRandom, shuffleInPlace } from './seededRandom';

export interface SplitOptions {
  /** Share of each label held out for validation, default 0.2. */
  validationShare?: number;
  /** Seed of the shuffle, default 42. */
  seed?: number;
}

/** Row indices for training and validation, stratified by label. */
export function stratifiedSplit(
  labels: readonly string[],
  options: SplitOptions = {},
): { train: number[]; validation: number[] } {
  const share = options.validationShare ?? 0.2;
  const random = seededRandom(options.seed ?? 42);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const rows = byLabel.get(label) ?? [];
    rows.push(i);
    byLabel.set(label, rows);
  });
  const train: number[] = [];
  const validation: number[] = [];
  // Labels in sorted order so the split does not depend on row order of first appearance.
  for (const label of [...byLabel.keys()].sort()) {
    const rows = shuffleInPlace(byLabel.get(label)!, random);
    const held = Math.round(rows.length * share);
    validation.push(...rows.slice(0, held));
    train.push(...rows.slice(held));
  }
  return { train: train.sort((a, b) => a - b), validation: validation.sort((a, b) => a - b) };
}
