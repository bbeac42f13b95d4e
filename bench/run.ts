// `npm run bench [-- NAME...]`: runs every suite in bench/suites (or the named ones), each in its
// own process (bench/runSuite.ts), prints the figures against the budgets of DESIGN.md, and writes
// the table to bench/results.md.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { BenchRow } from './row';
import { renderTable } from './table';

const dir = fileURLToPath(new URL('./suites/', import.meta.url));
const runner = fileURLToPath(new URL('./runSuite.ts', import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
const unknown = wanted.filter((w) => !names.includes(w));
if (unknown.length > 0) {
  console.error(`bench: no suite named ${unknown.join(', ')} (there are: ${names.join(', ')})`);
  process.exit(2);
}

/** Runs one suite file in a fresh Node with the same loader (tsx) as this one. */
async function runIsolated(file: string, resultFile: string): Promise<BenchRow[]> {
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, runner, file, resultFile], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  try {
    return JSON.parse(await readFile(resultFile, 'utf8')) as BenchRow[];
  } catch {
    return [
      {
        what: 'suite failed',
        figure: `its process exited (${code}) without figures`,
        budget: '—',
        holds: false,
      },
    ];
  }
}

const scratch = await mkdtemp(join(tmpdir(), 'tierdesk-bench-'));
const rows: Array<BenchRow & { suite: string }> = [];
try {
  for (const name of names) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    process.stderr.write(`bench: ${name} …\n`);
    const found = await runIsolated(join(dir, `${name}.bench.ts`), join(scratch, `${name}.json`));
    for (const r of found) rows.push({ ...r, suite: name });
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
const failed = rows.some((r) => r.what === 'suite failed');
const table = renderTable(rows);
console.log(table);
if (wanted.length === 0) {
  const stamp = new Date().toISOString().slice(0, 10);
  await writeFile(
    fileURLToPath(new URL('./results.md', import.meta.url)),
    `# Benchmark results\n\nWritten by \`npm run bench\` on ${stamp} (2 cores, Node ${process.version}); each suite runs in its own process.\n\n${table}\n`,
  );
}
process.exitCode = failed ? 1 : 0;
