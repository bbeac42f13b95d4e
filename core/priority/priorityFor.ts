// Priority from impact × urgency through a (configurable) ITIL matrix.
import type { PriorityMatrix } from '../model/config';
import type { Impact, Priority, Urgency } from '../model/enums';
import { defaultPriorityMatrix } from './defaultPriorityMatrix';

/**
 * The priority the matrix gives an impact and an urgency.
 * @example priorityFor('organization', 'blocked') // 'P1'
 * @example priorityFor('individual', 'minor') // 'P5'
 */
export function priorityFor(
  impact: Impact,
  urgency: Urgency,
  matrix: PriorityMatrix = defaultPriorityMatrix,
): Priority {
  const row = matrix.matrix[matrix.impactLevel[impact] - 1];
  const priority = row?.[matrix.urgencyLevel[urgency] - 1];
  // The schema guarantees both levels are 1…3, so the lookup always lands.
  if (!priority) throw new RangeError(`priority matrix has no cell for ${impact} × ${urgency}`);
  return priority;
}

/** P1 is the most urgent: a negative result means `a` comes before `b`. */
export function comparePriority(a: Priority, b: Priority): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
