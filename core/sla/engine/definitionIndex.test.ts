import { describe, expect, it } from 'vitest';
import { compileSlaSetup } from './compileSlaCase';
import { definitionIndex, versionAt } from './definitionIndex';

const setup = compileSlaSetup({
  calendars: [],
  definitions: [
    { id: 'r', metric: 'resolution', target: '8h' },
    { id: 'r', metric: 'resolution', target: '4h', effectiveFrom: '2025-06-03T00:00:00Z' },
    { id: 'o', metric: 'ownership', target: '2h', onBreach: { set: { group: 'L2' } } },
  ],
});

describe('definitionIndex', () => {
  it('lists definitions, their version changes and whether any escalates (R20, R45)', () => {
    const index = definitionIndex(setup.definitions);
    expect(index.ids).toEqual(['r', 'o']);
    expect(index.changes).toEqual([Date.parse('2025-06-03T00:00:00Z')]);
    expect(index.escalates).toBe(true);
    // One version in effect from the start needs no lookup per step; versions do.
    expect(index.always.map((d) => d?.id ?? null)).toEqual([null, 'o']);
    expect(definitionIndex(setup.definitions)).toBe(index);
  });
  it('finds the version in effect at an instant', () => {
    const index = definitionIndex(setup.definitions);
    expect(versionAt(index, 0, Date.parse('2025-06-02T12:00:00Z'))!.input.target).toBe('8h');
    expect(versionAt(index, 0, Date.parse('2025-06-03T00:00:00Z'))!.input.target).toBe('4h');
  });
});
