// Every worked case of spec §5, as the documented JSON cases in docs/sla-cases: the docs examples
// ARE these tests (input and expected output in one file).
import { describe, expect, it } from 'vitest';
import { evaluateSlaCase } from './engine/evaluateSlaCase';
import { matchExpectation } from './engine/matchExpectation';

// Vite reads the folder at transform time; core's tsconfig has no Node types, so declare glob here.
declare global {
  interface ImportMeta {
    glob: (pattern: string, options: { eager: true; import: 'default' }) => Record<string, unknown>;
  }
}
const cases = import.meta.glob('../../docs/sla-cases/*.json', { eager: true, import: 'default' });
const files = Object.keys(cases)
  .map((p) => p.split('/').pop()!)
  .sort();

describe('docs/sla-cases', () => {
  it('has a case for every worked case of the spec', () => {
    const ids = new Set(files.map((f) => f.match(/^TC-\d+/)?.[0]).filter(Boolean));
    for (const tc of [
      'TC-01',
      'TC-02',
      'TC-03',
      'TC-04',
      'TC-06',
      'TC-08',
      'TC-09',
      'TC-11',
      'TC-12',
      'TC-14',
      'TC-17',
      'TC-18',
      'TC-19',
      'TC-20',
      'TC-23',
      'TC-25',
      'TC-26',
      'TC-27',
      'TC-28',
      'TC-29',
      'TC-30',
      'TC-32',
      'TC-33',
      'TC-35',
      'TC-36',
      'TC-37',
      'TC-39',
      'TC-40',
      'TC-42',
      'TC-44',
      'TC-45',
      'TC-46',
      'TC-50',
    ])
      expect(ids.has(tc), tc).toBe(true);
  });
  for (const file of files) {
    it(file, () => {
      const input = cases[`../../docs/sla-cases/${file}`] as { expect?: Record<string, unknown> };
      expect(input.expect, 'a documented case carries its expected result').toBeDefined();
      expect(matchExpectation(evaluateSlaCase(input), input.expect!)).toEqual([]);
    });
  }
});
