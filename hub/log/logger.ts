// Structured JSON logs, one object per line on stderr; tests pass `silentLogger` to stay quiet.

export type LogFields = Record<string, unknown>;

export interface Logger {
  info: (msg: string, fields?: LogFields) => void;
  warn: (msg: string, fields?: LogFields) => void;
  error: (msg: string, fields?: LogFields) => void;
}

/** A logger writing `{"level","time","msg",...fields}` lines to `write` (stderr by default). */
export function jsonLogger(
  write: (line: string) => void = (line) => process.stderr.write(line),
  clock: () => Date = () => new Date(),
): Logger {
  const log =
    (level: string) =>
    (msg: string, fields: LogFields = {}) =>
      write(JSON.stringify({ level, time: clock().toISOString(), msg, ...fields }) + '\n');
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
