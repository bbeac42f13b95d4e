// `tierdesk hub`: starts the hub (until Ctrl-C); `tierdesk hub add-agent | list-agents |
// revoke-agent` manage the agents of a data folder (agentCommands.ts).
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadHubConfig } from '../../config/loadHubConfig';
import { startHub } from '../../startHub';
import { chooseStorage, describeStorage } from '../../store/openHubStore';
import { UsageError, type CliIo, type Command } from '../command';
import { parseOptions } from '../parseOptions';
import { runAddAgent, runListAgents, runRevokeAgent } from './agentCommands';

async function runHub(
  args: string[],
  io: CliIo,
  wait: (stop: () => Promise<void>) => Promise<void>,
): Promise<number> {
  const o = parseOptions(args, ['port', 'host', 'data', 'config', 'database']);
  const port = Number(o['port'] ?? process.env['PORT'] ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0…65535, got '${o['port']}'`);
  const config = await loadHubConfig(o['config'] ? resolve(io.cwd, o['config']) : undefined);
  if (o['data'] !== undefined && (o['database'] ?? config.storage?.database) !== undefined)
    throw new UsageError('give --data (SQLite) or a database (PostgreSQL), not both');
  const dataDir = resolve(io.cwd, o['data'] ?? '.tierdesk');
  const database =
    o['database'] ?? (o['data'] === undefined ? io.env?.['TIERDESK_DATABASE_URL'] : undefined);
  const storage = chooseStorage({ database, dataDir, config: config.storage });
  // Under 16 concurrent intakes, what is in flight at a scavenge (~0.6 MB each time) reaches
  // V8's old generation and dies there; by default V8 lets that generation grow to up to 4× what
  // survived the last full GC before collecting, and keeps the pages. 1.5× held it at ~38 MB
  // instead of ~55–60 MB for under 1 % more GC time (docs/hub.md, "Memory").
  setFlagsFromString('--heap-growing-percent=50');
  const hub = await startHub({
    port,
    dataDir,
    ...(database !== undefined ? { database } : {}),
    config,
    ...(o['host'] ? { host: o['host'] } : {}),
    logRequests: true,
  });
  io.out(
    `tierdesk hub listening on ${hub.url} (data: ${describeStorage(storage)}, apps: ${config.apps.map((a) => a.id).join(', ') || 'none'})`,
  );
  if (config.apps.length === 0)
    io.err('tierdesk hub: no apps configured; widgets cannot submit until --config names some');
  await wait(() => hub.close());
  return 0;
}

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM), after stopping the hub. */
function untilSignal(stop: () => Promise<void>): Promise<void> {
  return new Promise((done) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      void stop().then(done);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

export const hubCommand: Command = {
  name: 'hub',
  summary: 'Start the hub: intake, queue, actions, known issues, live updates',
  usage:
    'tierdesk hub [--port N] [--host H] [--data DIR | --database postgres://…] [--config FILE]\n' +
    '       tierdesk hub add-agent --name NAME --role L1|L2|L3|lead|admin [--id ID] [--data DIR | --database URL]\n' +
    '       tierdesk hub list-agents [--json] [--data DIR | --database URL]\n' +
    '       tierdesk hub revoke-agent --id ID | --name NAME [--data DIR | --database URL]\n' +
    '       (TIERDESK_DATABASE_URL stands for --database, keeping the password off the command line)',
  run: async (args, io) => {
    const now = new Date().toISOString();
    if (args[0] === 'add-agent') return runAddAgent(args.slice(1), io, now);
    if (args[0] === 'list-agents') return runListAgents(args.slice(1), io);
    if (args[0] === 'revoke-agent') return runRevokeAgent(args.slice(1), io, now);
    return runHub(args, io, untilSignal);
  },
};
