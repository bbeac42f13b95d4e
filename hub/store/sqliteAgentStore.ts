// Agents in SQL: their hashed tokens, roles, and revocation (the row stays: events name them).
import type Database from 'better-sqlite3';
import type { Role } from '@tierdesk/core';
import type { AgentListing, AgentRecord } from './hubStore';
import { conflictOn, type SqliteOps } from './sqliteOps';

export type AgentStore = Pick<
  SqliteOps,
  'insertAgent' | 'agentByTokenHash' | 'agents' | 'agentRole' | 'revokeAgent'
>;

function agentFrom(row: Record<string, unknown>): AgentRecord {
  return {
    id: String(row['id']),
    name: String(row['name']),
    role: row['role'] as Role,
    active: row['active'] === 1,
    createdAt: String(row['created_at']),
    revokedAt: (row['revoked_at'] as string | null) ?? null,
    tokenSha256: String(row['token_sha256']),
  };
}

export function sqliteAgentStore(db: Database.Database): AgentStore {
  const s = {
    insert: db.prepare(
      'INSERT INTO agents (id, name, role, token_sha256, active, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    byToken: db.prepare('SELECT * FROM agents WHERE token_sha256 = ?'),
    all: db.prepare('SELECT * FROM agents ORDER BY created_at, id'),
    role: db.prepare('SELECT role FROM agents WHERE id = ?').pluck(),
    revoke: db.prepare(
      'UPDATE agents SET active = 0, revoked_at = COALESCE(revoked_at, ?) WHERE id = ?',
    ),
  };
  return {
    insertAgent(a) {
      conflictOn('agent', a.id, () =>
        s.insert.run(a.id, a.name, a.role, a.tokenSha256, a.active ? 1 : 0, a.createdAt),
      );
    },
    agentByTokenHash(hash) {
      const row = s.byToken.get(hash) as Record<string, unknown> | undefined;
      return row ? agentFrom(row) : null;
    },
    agents: () =>
      (s.all.all() as Array<Record<string, unknown>>).map((r): AgentListing => {
        const { tokenSha256: _hash, ...agent } = agentFrom(r);
        return agent;
      }),
    agentRole: (id) => (s.role.get(id) as Role | undefined) ?? null,
    revokeAgent: (id, at) => s.revoke.run(at, id).changes === 1,
  };
}
