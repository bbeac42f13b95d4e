// TC-49 (spec §5.6): the ITIL matrix the SLA targets are chosen by. The matrix lives in
// core/priority; this checks the nine cells the SLA spec fixes (R47) and that each priority has a
// target in the default SLA config.
import { describe, expect, it } from 'vitest';
import { priorityFor } from '../../priority/priorityFor';
import { impacts, urgencies } from '../../model/enums';
import { previewSlaDue } from './previewSlaDue';
import { defaultSlaConfig } from './defaultSlaConfig';

// Impact levels: organization 1 (High), department/team 2 (Medium), individual 3 (Low);
// urgency: blocked 1, degraded 2, minor 3 (DESIGN.md).
const level = {
  organization: 1,
  department: 2,
  team: 2,
  individual: 3,
  blocked: 1,
  degraded: 2,
  minor: 3,
} as const;
const spec = [
  ['P1', 'P2', 'P3'],
  ['P2', 'P3', 'P4'],
  ['P3', 'P4', 'P5'],
];

describe('TC-49 ITIL priority matrix (R47)', () => {
  it('gives the nine cells of the spec, e.g. 1/2 → P2, 2/3 → P4, 3/3 → P5', () => {
    for (const impact of impacts)
      for (const urgency of urgencies)
        expect(priorityFor(impact, urgency), `${impact} × ${urgency}`).toBe(
          spec[level[impact] - 1]![level[urgency] - 1],
        );
  });
  it('has SLA targets for every priority it can give', () => {
    for (const p of ['P1', 'P2', 'P3', 'P4', 'P5'] as const) {
      const due = previewSlaDue(p, '2026-11-02T10:00:00.000Z', defaultSlaConfig);
      expect(due.firstResponse, p).not.toBeNull();
      expect(due.resolution, p).not.toBeNull();
    }
  });
});
