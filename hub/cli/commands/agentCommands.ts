// `tierdesk hub add-agent | list-agents | revoke-agent`: agents and their tokens, written straight
// to the data folder (a running hub sees the change on its next request).
import { resolve } from 'node:path';
import { roleSchema } from '@tierdesk/core';
import { addAgent } from '../../auth/addAgent';
import { revokeAgent } from '../../auth/revokeAgent';
import type { HubStore } from '../../store/hubStore';
import { chooseStorage, openHubStore } from '../../store/openHubStore';
import { UsageError, type CliIo } from '../command';
import { parseOptions } from '../parseOptions';

/** The store `--database` (or TIERDESK_DATABASE_URL) names, else SQLite in `--data`. */
async function withStore<T>(
  io: CliIo,
  o: Record<string, string>,
  fn: (store: HubStore) => Promise<T>,
): Promise<T> {
  if (o['data'] !== undefined && o['database'] !== undefined)
    throw new UsageError('give --data (SQLite) or --database (PostgreSQL), not both');
  const storage = chooseStorage({
    database:
      o['database'] ?? (o['data'] === undefined ? io.env?.['TIERDESK_DATABASE_URL'] : undefined),
    dataDir: resolve(io.cwd, o['data'] ?? '.tierdesk'),
  });
  const store = await openHubStore(storage);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export async function runAddAgent(args: string[], io: CliIo, now: string): Promise<number> {
  const o = parseOptions(args, ['name', 'role', 'id', 'data', 'database']);
  if (!o['name']?.trim()) throw new UsageError('--name is required');
  const role = roleSchema.safeParse(o['role']);
  if (!role.success)
    throw new UsageError(`--role must be one of L1, L2, L3, lead, admin; got '${o['role'] ?? ''}'`);
  const name = o['name'].trim();
  const { agent, token } = await withStore(io, o, (store) =>
    addAgent(store, { name, role: role.data, ...(o['id'] ? { id: o['id'] } : {}) }, now),
  );
  io.out(`agent ${agent.id} (${agent.name}, ${agent.role})`);
  io.out(`token: ${token}`);
  io.out('The token is shown only now: the hub keeps only its hash.');
  return 0;
}

export async function runListAgents(args: string[], io: CliIo): Promise<number> {
  const o = parseOptions(args, ['data', 'database'], ['json']);
  const agents = await withStore(io, o, (store) => store.agents());
  if (o['json']) {
    io.out(JSON.stringify(agents, null, 2));
    return 0;
  }
  if (agents.length === 0) {
    io.out('no agents yet: tierdesk hub add-agent --name NAME --role L1');
    return 0;
  }
  const rows = [
    ['id', 'name', 'role', 'created', 'token'],
    ...agents.map((a) => [
      a.id,
      a.name,
      a.role,
      a.createdAt,
      a.active ? 'active' : `revoked ${a.revokedAt ?? ''}`.trim(),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    io.out(
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
  return 0;
}

export async function runRevokeAgent(args: string[], io: CliIo, now: string): Promise<number> {
  const o = parseOptions(args, ['id', 'name', 'data', 'database']);
  if ((o['id'] === undefined) === (o['name'] === undefined))
    throw new UsageError('name the agent with --id ID or --name NAME (one of them)');
  const who = o['id'] !== undefined ? { id: o['id'] } : { name: o['name']!.trim() };
  const { agent, already } = await withStore(io, o, (store) => revokeAgent(store, who, now));
  io.out(
    already
      ? `agent ${agent.id} (${agent.name}) was already revoked${agent.revokedAt ? ` at ${agent.revokedAt}` : ''}`
      : `agent ${agent.id} (${agent.name}, ${agent.role}) revoked: its token is refused from now on`,
  );
  return 0;
}
