// `tierdesk classify`: not built yet (issue #4); it says so instead of pretending.
import type { Command } from '../command';

export const classifyCommand: Command = {
  name: 'classify',
  summary: 'Train or evaluate the ticket classifier on a CSV file',
  usage:
    'tierdesk classify train|eval --data FILE.csv --text COLUMN --label COLUMN [--model|--out FILE] [--json]',
  run: async (_args, io) => {
    io.err('tierdesk classify: not built yet (see issue #4)');
    return 1;
  },
};
