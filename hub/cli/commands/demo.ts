// `tierdesk demo`: not built yet (issue #8); it says so instead of pretending.
import type { Command } from '../command';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Build the widget and extension, seed demo data, start the hub and a demo app',
  usage: 'tierdesk demo [--port N] [--open]',
  run: async (_args, io) => {
    io.err('tierdesk demo: not built yet (see issue #8)');
    return 1;
  },
};
