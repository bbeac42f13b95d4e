// A bounded ring of recent entries that folds an immediate repeat into a count, so a page
// logging the same error in a loop keeps one entry instead of flushing out the useful ones.

export interface Ring<T> {
  push(entry: T): void;
  /** Oldest first. */
  items(): T[];
  clear(): void;
}

/**
 * @example
 * const ring = createRing<{ message: string; count?: number }>(2, (a, b) => a.message === b.message);
 */
export function createRing<T extends { count?: number }>(
  limit: number,
  same: (a: T, b: T) => boolean = () => false,
): Ring<T> {
  let entries: T[] = [];
  return {
    push(entry) {
      const last = entries[entries.length - 1];
      if (last && same(last, entry)) {
        last.count = (last.count ?? 1) + 1;
        return;
      }
      entries.push(entry);
      if (entries.length > limit) entries = entries.slice(entries.length - limit);
    },
    items: () => entries.map((e) => ({ ...e })),
    clear() {
      entries = [];
    },
  };
}
