// One line of `npm run bench`'s table: a figure measured here, the budget it answers to, and
// whether it holds (null when a figure has no budget, e.g. a reference run).

export interface BenchRow {
  what: string;
  figure: string;
  budget: string;
  holds: boolean | null;
}

/** A bench suite: one file in `bench/suites/`, measuring one part. */
export interface BenchSuite {
  name: string;
  run: () => Promise<BenchRow[]>;
}

export function row(
  what: string,
  figure: string,
  budget = '—',
  holds: boolean | null = null,
): BenchRow {
  return { what, figure, budget, holds };
}
