// Evaluation figures of a classifier: accuracy, macro-F1, per-label precision/recall/F1 and the
// confusion matrix (rows: actual label, columns: predicted label).

export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface LabelScores {
  accuracy: number;
  macroF1: number;
  perLabel: LabelScore[];
  labels: string[];
  confusion: number[][];
}

/** Scores predictions against actual labels; labels missing from `labels` are added in order. */
export function scoreLabels(
  actual: readonly string[],
  predicted: readonly string[],
  labels: readonly string[] = [],
): LabelScores {
  const all = [...labels];
  for (const l of [...actual, ...predicted]) if (!all.includes(l)) all.push(l);
  const index = new Map(all.map((l, i) => [l, i]));
  const confusion = all.map(() => all.map(() => 0));
  let correct = 0;
  actual.forEach((a, i) => {
    const p = predicted[i]!;
    confusion[index.get(a)!]![index.get(p)!]! += 1;
    if (a === p) correct++;
  });
  const perLabel = all.map((label, k) => {
    const tp = confusion[k]![k]!;
    const support = confusion[k]!.reduce((s, v) => s + v, 0);
    const predictedCount = confusion.reduce((s, row) => s + row[k]!, 0);
    const precision = predictedCount > 0 ? tp / predictedCount : 0;
    const recall = support > 0 ? tp / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
  // Macro-F1 over labels that occur in the actual data (as scikit-learn reports on a test set).
  const present = perLabel.filter((s) => s.support > 0);
  return {
    accuracy: actual.length > 0 ? correct / actual.length : 0,
    macroF1: present.length > 0 ? present.reduce((s, l) => s + l.f1, 0) / present.length : 0,
    perLabel,
    labels: all,
    confusion,
  };
}
