// Creates an agent and its token; the token is returned once and only its SHA-256 is stored.
import type { Agent, Role } from '@tierdesk/core';
import { StoreConflictError, type HubStore } from '../store/hubStore';
import { newToken, sha256Hex } from './tokens';

/** An agent id from a name: lower-case letters, digits and dashes, made unique with a suffix. */
export function agentIdFor(name: string, taken: (id: string) => boolean): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'agent';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

export async function addAgent(
  store: HubStore,
  input: { name: string; role: Role; id?: string },
  now: string,
): Promise<{ agent: Agent; token: string }> {
  const token = newToken('td');
  const taken = new Set((await store.agents()).map((a) => a.id));
  const id = input.id ?? agentIdFor(input.name, (candidate) => taken.has(candidate));
  const agent: Agent = { id, name: input.name, role: input.role, active: true, createdAt: now };
  try {
    await store.transaction((tx) =>
      tx.insertAgent({ ...agent, revokedAt: null, tokenSha256: sha256Hex(token) }),
    );
  } catch (error) {
    if (error instanceof StoreConflictError)
      throw new Error(`an agent "${id}" already exists`, { cause: error });
    throw error;
  }
  return { agent, token };
}
