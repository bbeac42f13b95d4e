// The ITIL impact × urgency matrix of DESIGN.md and spec/sla.md R47.
import type { PriorityMatrix } from '../model/config';

export const defaultPriorityMatrix: PriorityMatrix = {
  // organization is High impact, department and team Medium, individual Low.
  impactLevel: { organization: 1, department: 2, team: 2, individual: 3 },
  // blocked, degraded, minor are High, Medium, Low urgency.
  urgencyLevel: { blocked: 1, degraded: 2, minor: 3 },
  matrix: [
    ['P1', 'P2', 'P3'],
    ['P2', 'P3', 'P4'],
    ['P3', 'P4', 'P5'],
  ],
};
