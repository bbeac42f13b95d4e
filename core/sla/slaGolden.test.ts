// The differential check of the SLA engine: today's outputs for 300 seeded random tickets × 4
// configs × 4 instants (hub entry point) and × 1 case (explanations), and 300 random calendars'
// arithmetic, frozen in testing/slaGolden.json; a rewrite must reproduce every one to the byte.
// A mismatch names the sample: `npx tsx core/sla/testing/printSlaGolden.ts '<key>'` prints it,
// here and at the fixture's commit, to diff.
import { describe, expect, it } from 'vitest';
import {
  calendarGoldenSamples,
  slaGoldenSamples,
  textHash,
  type GoldenSample,
} from './testing/slaGolden';

// Vite reads the file at transform time; core's tsconfig has no Node types, so declare glob here.
declare global {
  interface ImportMeta {
    glob: (pattern: string, options: { eager: true; import: 'default' }) => Record<string, unknown>;
  }
}
const fixture = Object.values(
  import.meta.glob('./testing/slaGolden.json', { eager: true, import: 'default' }),
)[0] as { tickets: number; calendars: number; hashes: Record<string, string> };

function changed(samples: GoldenSample[]): string[] {
  return samples.filter((s) => fixture.hashes[s.key] !== textHash(s.output)).map((s) => s.key);
}

describe('the SLA engine against its golden outputs', () => {
  it('covers the samples the fixture was written for', () => {
    expect(fixture.tickets).toBe(300);
    expect(Object.keys(fixture.hashes)).toHaveLength(fixture.tickets * 4 * 5 + fixture.calendars);
  });
  for (let from = 0; from < 300; from += 50) {
    it(`gives the same outputs for tickets ${from}–${from + 49}`, () => {
      expect(changed(slaGoldenSamples(from, from + 50))).toEqual([]);
    }, 60_000); // about a second of CPU each; a loaded machine stretches it
  }
  it('gives the same calendar arithmetic', () => {
    expect(changed(calendarGoldenSamples(0, 300))).toEqual([]);
  }, 60_000);
  it('would notice one changed byte', () => {
    const [sample] = slaGoldenSamples(7, 8);
    expect(changed([{ ...sample!, output: sample!.output.replace('Z"', 'Z "') }])).toEqual([
      sample!.key,
    ]);
  });
});
