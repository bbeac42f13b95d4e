// Start-up of the `tierdesk` CLI: what every command pays before it does its job.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { row, type BenchSuite } from '../row';

const bin = fileURLToPath(new URL('../../bin/tierdesk.js', import.meta.url));

export const suite: BenchSuite = {
  name: 'cli',
  run: async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      execFileSync(process.execPath, [bin, '--help']);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return [row('`tierdesk --help` start-up (median of 5)', `${times[2]!.toFixed(0)} ms`)];
  },
};
