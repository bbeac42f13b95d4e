import { describe, expect, it } from 'vitest';
import { impacts, urgencies } from '../model/enums';
import { priorityFor, comparePriority } from './priorityFor';
import type { PriorityMatrix } from '../model/config';

describe('priorityFor', () => {
  it('follows the ITIL matrix of DESIGN.md for all 12 combinations', () => {
    const table = Object.fromEntries(
      impacts.map((i) => [i, urgencies.map((u) => priorityFor(i, u))]),
    );
    expect(table).toEqual({
      individual: ['P3', 'P4', 'P5'],
      team: ['P2', 'P3', 'P4'],
      department: ['P2', 'P3', 'P4'],
      organization: ['P1', 'P2', 'P3'],
    });
  });

  it('a single user who cannot print is low; a payment app down for everyone is critical', () => {
    expect(priorityFor('individual', 'degraded')).toBe('P4');
    expect(priorityFor('organization', 'blocked')).toBe('P1');
  });

  it('uses a configured matrix', () => {
    const strict: PriorityMatrix = {
      impactLevel: { organization: 1, department: 1, team: 2, individual: 3 },
      urgencyLevel: { blocked: 1, degraded: 1, minor: 3 },
      matrix: [
        ['P1', 'P1', 'P2'],
        ['P2', 'P3', 'P4'],
        ['P3', 'P4', 'P5'],
      ],
    };
    expect(priorityFor('department', 'degraded', strict)).toBe('P1');
  });

  it('orders P1 before P5', () => {
    expect(['P3', 'P1', 'P5', 'P2'].sort((a, b) => comparePriority(a as 'P1', b as 'P1'))).toEqual([
      'P1',
      'P2',
      'P3',
      'P5',
    ]);
  });
});
