import { describe, expect, it } from 'vitest';
import { parseWith } from '../model/parse';
import { priorityMatrixSchema } from '../model/config';
import { defaultPriorityMatrix } from './defaultPriorityMatrix';

describe('defaultPriorityMatrix', () => {
  it('is the R47 table (impact 1/urgency 2 → P2; 2/3 → P4; 3/3 → P5)', () => {
    expect(parseWith(priorityMatrixSchema, defaultPriorityMatrix).ok).toBe(true);
    expect(defaultPriorityMatrix.matrix[0][1]).toBe('P2');
    expect(defaultPriorityMatrix.matrix[1][2]).toBe('P4');
    expect(defaultPriorityMatrix.matrix[2][2]).toBe('P5');
  });
});
