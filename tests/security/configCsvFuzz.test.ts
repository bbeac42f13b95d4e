// Issue 9, fuzzing the configuration file (`tierdesk hub --config`, loadHubConfig) and the CLI's
// CSV input (`tierdesk classify`, readLabelledCsv): every input gives a typed value or an error
// naming the file and the field or row; nothing else is thrown, and `tierdesk` itself exits
// with a code and a message instead of crashing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../hub/cli/main';
import { configText } from './fuzz/configInput';
import { checkConfigFile } from './fuzz/checkConfigFile';
import { checkCsvFile } from './fuzz/checkCsvFile';
import { csvCase } from './fuzz/csvInput';
import { fuzzBoundary } from './fuzz/fuzzBoundary';

// The soak run (`tests/reliability/soak.ts`) sends 10,000 per boundary; `npm test` a sample.
const runs = Number(process.env['TIERDESK_FUZZ_RUNS'] ?? 1_000);
const dir = mkdtempSync(join(tmpdir(), 'tierdesk-fuzz-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('configuration file fuzzing', () => {
  it(`${runs} generated config files: a config or a ConfigError naming file and field`, async () => {
    const file = join(dir, 'hub.json');
    const report = await fuzzBoundary('config file', configText, (t) => checkConfigFile(t, file), {
      runs,
      seed: 9_101,
    });
    expect(report.failures).toEqual([]);
    expect(report.inputs).toBe(runs);
  }, 300_000);
});

describe('CSV fuzzing', () => {
  it(`${runs} generated CSV files: rows with text and label, or an error naming the file`, async () => {
    const file = join(dir, 'tickets.csv');
    const report = await fuzzBoundary('classify CSV', csvCase, (c) => checkCsvFile(c, file), {
      runs,
      seed: 9_102,
    });
    expect(report.failures).toEqual([]);
  }, 300_000);

  it('100 generated CSV files through `tierdesk classify train`: an exit code and a message, never a crash', async () => {
    const report = await fuzzBoundary(
      'tierdesk classify train',
      fc.tuple(csvCase, fc.boolean()),
      async ([c, skipEmpty]) => {
        const file = join(dir, 'train.csv');
        writeFileSync(file, c.text);
        const err: string[] = [];
        const code = await main(
          [
            'classify',
            'train',
            '--data',
            file,
            ...c.textColumns.flatMap((t) => ['--text', t]),
            '--label',
            c.labelColumn || 'label',
            '--out',
            join(dir, 'model.json'),
            ...(skipEmpty ? ['--skip-empty'] : []),
          ],
          { out: () => {}, err: (t) => err.push(t), cwd: dir },
        );
        if (code === 0) return null;
        if (code !== 1 && code !== 2) return `exit code ${code}`;
        return err.join('').trim() ? null : 'failed without a message';
      },
      { runs: 100, seed: 9_103 },
    );
    expect(report.failures).toEqual([]);
  }, 300_000);
});
