// Entry of the `tierdesk` CLI: picks the sub-command and turns errors into exit codes.
import { commands } from './commands';
import { UsageError, type CliIo } from './command';

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'tierdesk — application support: intake, classification, SLAs, triage',
    '',
    'Usage: tierdesk <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `tierdesk <command> --help` for the options of one command.',
  ].join('\n');
}

export async function main(
  argv: string[],
  io: CliIo = {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    cwd: process.cwd(),
    env: process.env,
  },
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`tierdesk: unknown command '${name}'\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`tierdesk ${name}: ${error.message}\n\nUsage: ${command.usage}`);
      return 2;
    }
    io.err(`tierdesk ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
