// The one walk every time function shares: working spans of a calendar from an instant on, minus
// exclusions (pauses), one step per working interval and one lookup per local day crossed.
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { horizonMs } from '../slaErrors';

/**
 * Calls `visit(s, e)` for each working span inside `[from, to)` in order, until it returns true.
 * `exclusions` are merged spans (see spans.ts). Returns true if `visit` stopped the walk.
 */
export function forEachWorkingSpan(
  calendar: WorkingCalendar,
  from: number,
  to: number,
  exclusions: readonly number[],
  visit: (s: number, e: number) => boolean,
): boolean {
  const end = Math.min(to, from + horizonMs);
  if (!(end > from)) return false;
  const lastDay = calendar.dayOf(end - 1);
  let k = 0;
  for (let day = calendar.dayOf(from); day <= lastDay; day++) {
    const spans = calendar.intervalsOn(day);
    for (let i = 0; i < spans.length; i += 2) {
      let cur = Math.max(spans[i]!, from);
      const stop = Math.min(spans[i + 1]!, end);
      if (cur >= stop) continue;
      while (k < exclusions.length && exclusions[k + 1]! <= cur) k += 2;
      for (let j = k; j < exclusions.length && exclusions[j]! < stop; j += 2) {
        if (exclusions[j]! > cur && visit(cur, exclusions[j]!)) return true;
        cur = Math.max(cur, exclusions[j + 1]!);
      }
      if (cur < stop && visit(cur, stop)) return true;
    }
  }
  return false;
}
