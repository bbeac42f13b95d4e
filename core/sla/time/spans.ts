// Sets of half-open spans `[s, e)` stored flat (`[s0, e0, s1, e1, …]`, sorted, disjoint): the one
// representation for working intervals, pauses and exclusions, cheap to walk.

export type Spans = number[];

/**
 * Sorts and merges overlapping or touching spans; drops empty ones (R8: overlaps are merged).
 * @example mergeSpans([5, 9, 1, 3, 2, 6]) // [1, 9]
 */
export function mergeSpans(flat: readonly number[]): Spans {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) {
    if (flat[i + 1]! > flat[i]!) pairs.push([flat[i]!, flat[i + 1]!]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Spans = [];
  for (const [s, e] of pairs) {
    const n = out.length;
    if (n > 0 && s <= out[n - 1]!) out[n - 1] = Math.max(out[n - 1]!, e);
    else out.push(s, e);
  }
  return out;
}

/**
 * `mergeSpans([...spans, s, e])` for merged `spans`, without sorting in the usual case of a span
 * after all the others (a pause that just ended).
 * @example withSpan([1, 3], 5, 6) // [1, 3, 5, 6]
 */
export function withSpan(spans: readonly number[], s: number, e: number): Spans {
  const n = spans.length;
  if (n === 0 || s > spans[n - 1]!) {
    const out = spans.slice();
    if (e > s) out.push(s, e);
    return out;
  }
  return mergeSpans([...spans, s, e]);
}

/** `a` without the parts covered by `b` (both merged). */
export function subtractSpans(a: readonly number[], b: readonly number[]): Spans {
  if (b.length === 0) return a.slice();
  const out: Spans = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let cur = a[i]!;
    const end = a[i + 1]!;
    while (j < b.length && b[j + 1]! <= cur) j += 2;
    let k = j;
    while (k < b.length && b[k]! < end) {
      if (b[k]! > cur) out.push(cur, b[k]!);
      cur = Math.max(cur, b[k + 1]!);
      k += 2;
    }
    if (cur < end) out.push(cur, end);
  }
  return out;
}

/** Total length of merged spans. */
export function spansLength(spans: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < spans.length; i += 2) total += spans[i + 1]! - spans[i]!;
  return total;
}
