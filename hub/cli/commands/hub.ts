// `tierdesk hub`: not built yet (issue #5); it says so instead of pretending.
import type { Command } from '../command';

export const hubCommand: Command = {
  name: 'hub',
  summary: 'Start the hub: intake, queue, actions, known issues, live updates',
  usage:
    'tierdesk hub [--port N] [--data DIR] [--config FILE] | tierdesk hub add-agent --name NAME --role L1|L2|L3|lead|admin',
  run: async (_args, io) => {
    io.err('tierdesk hub: not built yet (see issue #5)');
    return 1;
  },
};
