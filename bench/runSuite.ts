// One bench suite in a process of its own (`bench/run.ts` starts one per suite): a suite measured
// after others would inherit their heap, JIT state and leftover timers, and read slower for it
// (the SLA row read 39k/s after the browser soak and 88k/s alone, same code, same load).
// Usage: runSuite.ts <suite file> <result file>; the rows are written to the result file as JSON.
import { writeFile } from 'node:fs/promises';
import type { BenchRow, BenchSuite } from './row';

const [file, out] = process.argv.slice(2);
if (!file || !out) throw new Error('usage: runSuite.ts <suite file> <result file>');

const { suite } = (await import(file)) as { suite: BenchSuite };
let rows: BenchRow[];
try {
  rows = await suite.run();
} catch (error) {
  rows = [
    {
      what: 'suite failed',
      figure: error instanceof Error ? (error.stack ?? error.message) : String(error),
      budget: '—',
      holds: false,
    },
  ];
}
await writeFile(out, JSON.stringify(rows));
// A suite may leave a handle open (a browser's pipe, a pool's timer); its figures are in.
process.exit(0);
