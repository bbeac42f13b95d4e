// Revokes an agent's token, by id or by name. The row stays (events name the agent); the hub
// reads agents from the store on every request, so the token gets 401 from the next one on.
import type { AgentListing, HubStore } from '../store/hubStore';

export type AgentSelector = { id: string } | { name: string };

export interface Revocation {
  agent: AgentListing;
  /** It was revoked before: nothing changed. */
  already: boolean;
}

/** The one agent `who` names; throws when none or (by name) several match. */
export async function findAgentListing(
  store: Pick<HubStore, 'agents'>,
  who: AgentSelector,
): Promise<AgentListing> {
  const agents = await store.agents();
  if ('id' in who) {
    const agent = agents.find((a) => a.id === who.id);
    if (!agent) throw new Error(`no agent with id "${who.id}"`);
    return agent;
  }
  const named = agents.filter((a) => a.name === who.name);
  if (named.length === 0) throw new Error(`no agent named "${who.name}"`);
  if (named.length > 1)
    throw new Error(
      `${named.length} agents are named "${who.name}" (${named.map((a) => a.id).join(', ')}): use --id`,
    );
  return named[0]!;
}

export function revokeAgent(store: HubStore, who: AgentSelector, now: string): Promise<Revocation> {
  return store.transaction(async (tx) => {
    const agent = await findAgentListing(tx, who);
    if (agent.revokedAt !== null || !agent.active) return { agent, already: true };
    await tx.revokeAgent(agent.id, now);
    return { agent: { ...agent, active: false, revokedAt: now }, already: false };
  });
}
