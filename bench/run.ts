// `npm run bench [-- NAME...]`: runs every suite in bench/suites (or the named ones), prints the
// figures against the budgets of DESIGN.md, and writes the table to bench/results.md.
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { BenchRow, BenchSuite } from './row';
import { renderTable } from './table';

const dir = fileURLToPath(new URL('./suites/', import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts')).sort();
const rows: Array<BenchRow & { suite: string }> = [];
let failed = false;
for (const file of files) {
  const { suite } = (await import(join(dir, file))) as { suite: BenchSuite };
  if (wanted.length > 0 && !wanted.includes(suite.name)) continue;
  process.stderr.write(`bench: ${suite.name} …\n`);
  try {
    for (const r of await suite.run()) rows.push({ ...r, suite: suite.name });
  } catch (error) {
    failed = true;
    rows.push({
      suite: suite.name,
      what: 'suite failed',
      figure: String(error),
      budget: '—',
      holds: false,
    });
  }
}
const table = renderTable(rows);
console.log(table);
if (wanted.length === 0) {
  const stamp = new Date().toISOString().slice(0, 10);
  await writeFile(
    fileURLToPath(new URL('./results.md', import.meta.url)),
    `# Benchmark results\n\nWritten by \`npm run bench\` on ${stamp} (2 cores, Node ${process.version}).\n\n${table}\n`,
  );
}
process.exitCode = failed ? 1 : 0;
