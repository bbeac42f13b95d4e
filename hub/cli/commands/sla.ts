// `tierdesk sla`: not built yet (issue #3); it says so instead of pretending.
import type { Command } from '../command';

export const slaCommand: Command = {
  name: 'sla',
  summary: 'Evaluate the SLA timers of a ticket timeline from a JSON case',
  usage: 'tierdesk sla <case.json>',
  run: async (_args, io) => {
    io.err('tierdesk sla: not built yet (see issue #3)');
    return 1;
  },
};
