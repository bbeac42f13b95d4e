// `tierdesk hub`: starts the hub (until Ctrl-C), and `tierdesk hub add-agent` creates an agent
// and prints its token once.
import { resolve } from 'node:path';
import { roleSchema } from '@tierdesk/core';
import { addAgent } from '../../auth/addAgent';
import { loadHubConfig } from '../../config/loadHubConfig';
import { startHub } from '../../startHub';
import { openSqliteStore } from '../../store/sqliteStore';
import { UsageError, type CliIo, type Command } from '../command';

/** `--name value` pairs; every option must be known and have a value. */
export function parseOptions(args: string[], known: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--')
      ? arg.slice(2).split(/=(.*)/s, 2)
      : [undefined, undefined];
    if (!flag || !known.includes(flag)) throw new UsageError(`unknown argument '${arg}'`);
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`--${flag} needs a value`);
    out[flag] = value;
  }
  return out;
}

async function runHub(
  args: string[],
  io: CliIo,
  wait: (stop: () => Promise<void>) => Promise<void>,
): Promise<number> {
  const o = parseOptions(args, ['port', 'host', 'data', 'config']);
  const port = Number(o['port'] ?? process.env['PORT'] ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0…65535, got '${o['port']}'`);
  const config = await loadHubConfig(o['config'] ? resolve(io.cwd, o['config']) : undefined);
  const dataDir = resolve(io.cwd, o['data'] ?? '.tierdesk');
  const hub = await startHub({
    port,
    dataDir,
    config,
    ...(o['host'] ? { host: o['host'] } : {}),
    logRequests: true,
  });
  io.out(
    `tierdesk hub listening on ${hub.url} (data: ${dataDir}, apps: ${config.apps.map((a) => a.id).join(', ') || 'none'})`,
  );
  if (config.apps.length === 0)
    io.err('tierdesk hub: no apps configured; widgets cannot submit until --config names some');
  await wait(() => hub.close());
  return 0;
}

async function runAddAgent(args: string[], io: CliIo): Promise<number> {
  const o = parseOptions(args, ['name', 'role', 'id', 'data']);
  if (!o['name']?.trim()) throw new UsageError('--name is required');
  const role = roleSchema.safeParse(o['role']);
  if (!role.success)
    throw new UsageError(`--role must be one of L1, L2, L3, lead, admin; got '${o['role'] ?? ''}'`);
  const store = openSqliteStore(resolve(io.cwd, o['data'] ?? '.tierdesk'));
  try {
    const { agent, token } = addAgent(
      store,
      { name: o['name'].trim(), role: role.data, ...(o['id'] ? { id: o['id'] } : {}) },
      new Date().toISOString(),
    );
    io.out(`agent ${agent.id} (${agent.name}, ${agent.role})`);
    io.out(`token: ${token}`);
    io.out('The token is shown only now: the hub keeps only its hash.');
    return 0;
  } finally {
    store.close();
  }
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
    'tierdesk hub [--port N] [--host H] [--data DIR] [--config FILE] | tierdesk hub add-agent --name NAME --role L1|L2|L3|lead|admin [--id ID] [--data DIR]',
  run: async (args, io) => {
    if (args[0] === 'add-agent') return runAddAgent(args.slice(1), io);
    return runHub(args, io, untilSignal);
  },
};
