// `tierdesk classify train|eval`: trains the ticket classifier on a labelled CSV, or evaluates a
// model file on one (accuracy, macro-F1, per-label figures, confusion matrix, speed, size).
import { renameSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  categoriesForLabels,
  loadTextModel,
  predictText,
  scoreLabels,
  storeTextModel,
  trainTextModel,
  type LabelScores,
} from '@tierdesk/core';
import { UsageError, type CliIo, type Command } from '../command';
import { readLabelledCsv } from '../csv';
import { formatScores } from './classifyReport';

interface Options {
  data?: string;
  text: string[];
  label?: string;
  out?: string;
  model?: string;
  name?: string;
  json: boolean;
  skipEmpty: boolean;
}

function parseOptions(args: string[]): Options {
  const options: Options = { text: [], json: false, skipEmpty: false };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (flag === '--json') options.json = true;
    else if (flag === '--skip-empty') options.skipEmpty = true;
    else if (['--data', '--text', '--label', '--out', '--model', '--name'].includes(flag)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${flag} needs a value`);
      if (flag === '--text') options.text.push(value);
      else options[flag.slice(2) as 'data' | 'label' | 'out' | 'model' | 'name'] = value;
    } else throw new UsageError(`unknown option ${flag}`);
  }
  return options;
}

function need(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`missing ${flag}`);
  return value;
}

function readData(options: Options, io: CliIo) {
  if (options.text.length === 0) throw new UsageError('missing --text COLUMN');
  return readLabelledCsv(resolve(io.cwd, need(options.data, '--data')), {
    text: options.text,
    label: need(options.label, '--label'),
    skipEmpty: options.skipEmpty,
  });
}

/** Writes beside the target, then renames: a failed run never leaves a half-written model. */
function writeAtomically(path: string, content: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

async function train(options: Options, io: CliIo): Promise<number> {
  const out = resolve(io.cwd, need(options.out, '--out'));
  const data = readData(options, io);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const labels = [...new Set(data.labels)];
  const result = trainTextModel(
    data.texts.map((text, i) => ({ text, label: data.labels[i]! })),
    { name: options.name ?? 'custom', categories: categoriesForLabels(labels) },
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  // On a busy machine wall time counts other processes too; CPU time is this one's work.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const json = JSON.stringify(storeTextModel(result.model));
  writeAtomically(out, json + '\n');
  const size = { bytes: Buffer.byteLength(json) + 1, gzipBytes: gzipSync(json + '\n').length };
  const summary = {
    model: out,
    rows: data.texts.length,
    skipped: data.skipped.length,
    trainSeconds: seconds,
    trainCpuSeconds: cpuSeconds,
    size,
  };
  if (options.json) io.out(JSON.stringify({ ...summary, validation: result.validation }, null, 2));
  else {
    io.out(
      `trained on ${summary.rows} rows in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU) → ${out}`,
    );
    io.out(
      `model size: ${size.bytes} bytes, ${size.gzipBytes} gzipped; temperature ${result.model.temperature}`,
    );
    io.out('validation split (20%, stratified, seed 42), model fitted without it:');
    io.out(formatScores(result.validation));
  }
  return 0;
}

async function evaluate(options: Options, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, need(options.model, '--model'));
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read model ${path}: ${(error as Error).message}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error(`${path}: not valid JSON (damaged model file?)`);
  }
  const model = loadTextModel(json);
  const data = readData(options, io);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const predicted = data.texts.map((t) => predictText(model, t, { explain: 0 }).label);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  // On a busy machine wall time counts other processes too; CPU time is this one's work.
  const cpuSeconds = Math.max((cpu.user + cpu.system) / 1e6, 1e-6);
  const scores: LabelScores = scoreLabels(data.labels, predicted, model.labels);
  const size = { bytes: Buffer.byteLength(raw), gzipBytes: gzipSync(raw).length };
  const ticketsPerSecond = Math.round(data.texts.length / seconds);
  const ticketsPerCpuSecond = Math.round(data.texts.length / cpuSeconds);
  if (options.json)
    io.out(
      JSON.stringify(
        { rows: data.texts.length, ticketsPerSecond, ticketsPerCpuSecond, size, ...scores },
        null,
        2,
      ),
    );
  else {
    io.out(formatScores(scores));
    io.out(
      `${data.texts.length} tickets in ${seconds.toFixed(2)} s: ${ticketsPerSecond} tickets/s, ${ticketsPerCpuSecond} per CPU second`,
    );
    io.out(`model ${model.name}: ${size.bytes} bytes, ${size.gzipBytes} gzipped`);
  }
  return 0;
}

export const classifyCommand: Command = {
  name: 'classify',
  summary: 'Train or evaluate the ticket classifier on a CSV file',
  usage: [
    'tierdesk classify train --data FILE.csv --text COLUMN [--text COLUMN…] --label COLUMN --out model.json [--name NAME] [--skip-empty] [--json]',
    '       tierdesk classify eval --model model.json --data FILE.csv --text COLUMN [--text COLUMN…] --label COLUMN [--skip-empty] [--json]',
  ].join('\n'),
  run: async (args, io) => {
    const [action, ...rest] = args;
    const options = parseOptions(rest);
    if (action === 'train') return train(options, io);
    if (action === 'eval') return evaluate(options, io);
    throw new UsageError(
      action === undefined ? 'missing train or eval' : `unknown action '${action}'`,
    );
  },
};
