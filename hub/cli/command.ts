// The shape every `tierdesk` sub-command has; commands register in `commands.ts`.

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  /** The environment (TIERDESK_DATABASE_URL …); none in tests unless given. */
  env?: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code: 0 success, 1 failure, 2 usage error. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** A usage mistake: reported with the command's usage and exit code 2. */
export class UsageError extends Error {}
