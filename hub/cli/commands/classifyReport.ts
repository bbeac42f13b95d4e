// Plain-text report of classifier figures: totals, per-label table and confusion matrix.
import type { LabelScores } from '@tierdesk/core';

const pct = (x: number) => x.toFixed(4);

export function formatScores(scores: LabelScores): string {
  const width = Math.max(5, ...scores.labels.map((l) => l.length));
  const lines = [
    `accuracy ${pct(scores.accuracy)}   macro-F1 ${pct(scores.macroF1)}`,
    '',
    `${'label'.padEnd(width)}  precision  recall  F1      support`,
    ...scores.perLabel.map(
      (s) =>
        `${s.label.padEnd(width)}  ${pct(s.precision).padEnd(9)}  ${pct(s.recall).padEnd(6)}  ${pct(s.f1).padEnd(6)}  ${s.support}`,
    ),
    '',
    'confusion matrix (rows: actual, columns: predicted, in label order above)',
    ...scores.confusion.map(
      (row, i) =>
        `${scores.labels[i]!.padEnd(width)}  ${row.map((v) => String(v).padStart(5)).join(' ')}`,
    ),
  ];
  return lines.join('\n');
}
