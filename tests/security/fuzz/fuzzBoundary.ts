// Runs `runs` generated inputs of one boundary through a check that answers why the outcome is
// wrong (or null), and counts inputs and failures for the test and the soak figures.
import fc from 'fast-check';
import type { FuzzReport } from './fuzzHubApi';

export async function fuzzBoundary<T>(
  boundary: string,
  input: fc.Arbitrary<T>,
  check: (value: T) => string | null | Promise<string | null>,
  options: { runs: number; seed: number; keep?: number; describe?: (value: T) => string },
): Promise<FuzzReport> {
  const report: FuzzReport = { boundary, inputs: 0, byStatus: {}, failures: [], failureCount: 0 };
  for (const value of fc.sample(input, { numRuns: options.runs, seed: options.seed })) {
    report.inputs++;
    let reason: string | null;
    try {
      reason = await check(value);
    } catch (error) {
      reason = `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    }
    if (reason) {
      report.failureCount++;
      if (report.failures.length < (options.keep ?? 10)) {
        const shown = (options.describe ?? ((v: T) => JSON.stringify(v) ?? String(v)))(value);
        report.failures.push({
          request: shown.slice(0, 400),
          status: 0,
          reason: reason.slice(0, 600),
        });
      }
    }
  }
  return report;
}
