// `tierdesk sla <case.json>`: evaluates every SLA timer of a ticket timeline from a JSON case
// (docs/sla.md) and prints them as JSON; `--check` compares with the case's `expect` block.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { evaluateSlaCase, matchExpectation } from '@tierdesk/core';
import { UsageError, type Command } from '../command';

export const slaCommand: Command = {
  name: 'sla',
  summary: 'Evaluate the SLA timers of a ticket timeline from a JSON case',
  usage:
    'tierdesk sla <case.json> [--check] [--brief]\n\n' +
    '  --check  compare with the case\'s "expect" block; exit 1 on a mismatch\n' +
    '  --brief  leave out the explanations\n\n' +
    'The case format and one example per worked case of the spec: docs/sla.md, docs/sla-cases/.',
  run: async (args, io) => {
    const flags = new Set(args.filter((a) => a.startsWith('--')));
    const files = args.filter((a) => !a.startsWith('--'));
    for (const f of flags)
      if (f !== '--check' && f !== '--brief') throw new UsageError(`unknown option ${f}`);
    if (files.length !== 1) throw new UsageError('expected one case file');
    const path = resolve(io.cwd, files[0]!);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.err(
        `tierdesk sla: cannot read ${files[0]}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      );
      return 1;
    }
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (e) {
      io.err(`tierdesk sla: ${files[0]} is not valid JSON: ${(e as Error).message}`);
      return 1;
    }
    const outcome = evaluateSlaCase(input);
    if (!outcome.ok) {
      io.err(
        `tierdesk sla: ${files[0]}: invalid case\n` +
          outcome.issues
            .map((i) => `  ${i.path}: ${i.message.replace(`${i.path}: `, '')}`)
            .join('\n'),
      );
      if (!flags.has('--check')) return 1;
    }
    if (outcome.ok) {
      const result = flags.has('--brief')
        ? { ...outcome.result, timers: outcome.result.timers.map(({ explanation: _e, ...t }) => t) }
        : outcome.result;
      io.out(JSON.stringify(result, null, 2));
    }
    if (flags.has('--check')) {
      const expected = (input as { expect?: Record<string, unknown> }).expect;
      if (!expected) {
        io.err('tierdesk sla: --check needs an "expect" block in the case');
        return 1;
      }
      const mismatches = matchExpectation(outcome, expected);
      if (mismatches.length) {
        io.err(
          `tierdesk sla: ${files[0]}: ${mismatches.length} mismatch(es)\n` +
            mismatches.map((m) => `  ${m}`).join('\n'),
        );
        return 1;
      }
      io.err(`tierdesk sla: ${files[0]}: as expected`);
    }
    return 0;
  },
};
