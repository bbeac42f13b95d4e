// `--name value` (or `--name=value`) options of the `tierdesk` sub-commands.
import { UsageError } from './command';

/** Every option must be known and have a value; `flags` may stand alone (`--json`). */
export function parseOptions(
  args: string[],
  known: readonly string[],
  flags: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--')
      ? arg.slice(2).split(/=(.*)/s, 2)
      : [undefined, undefined];
    if (flag && inline === undefined && flags.includes(flag)) {
      out[flag] = 'true';
      continue;
    }
    if (!flag || !known.includes(flag)) throw new UsageError(`unknown argument '${arg}'`);
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`--${flag} needs a value`);
    out[flag] = value;
  }
  return out;
}
