// Agents in PostgreSQL: their hashed tokens, roles, and revocation (the row stays: events name them).
import type { Role } from '@tierdesk/core';
import type { AgentListing, AgentRecord, HubTx } from '../hubStore';
import { conflictOn, type PgDb } from './pgDb';

export type PgAgentStore = Pick<
  HubTx,
  'insertAgent' | 'agentByTokenHash' | 'agents' | 'agentRole' | 'revokeAgent'
>;

type AgentPgRow = {
  id: string;
  name: string;
  role: string;
  active: boolean;
  created_at: string;
  revoked_at: string | null;
  token_sha256: string;
};

// Named, not `*`: a prepared `SELECT *` fails once a migration adds a column under a running hub.
const agentColumns = 'id, name, role, active, created_at, revoked_at, token_sha256';

const listingFrom = (row: AgentPgRow): AgentListing => ({
  id: row.id,
  name: row.name,
  role: row.role as Role,
  active: row.active,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

export function pgAgentStore(db: PgDb): PgAgentStore {
  return {
    async insertAgent(a: AgentRecord) {
      await conflictOn(
        'agent',
        a.id,
        db.query(
          `INSERT INTO agents (id, name, role, token_sha256, active, created_at, revoked_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [a.id, a.name, a.role, a.tokenSha256, a.active, a.createdAt, a.revokedAt],
        ),
      );
    },
    async agentByTokenHash(hash) {
      const { rows } = await db.query<AgentPgRow>(
        `SELECT ${agentColumns} FROM agents WHERE token_sha256 = $1`,
        [hash],
      );
      const row = rows[0];
      return row ? { ...listingFrom(row), tokenSha256: row.token_sha256 } : null;
    },
    async agents() {
      // created_at is the ISO text written; ordered as an instant, whatever its precision.
      const { rows } = await db.query<AgentPgRow>(
        `SELECT ${agentColumns} FROM agents ORDER BY created_at::timestamptz, id`,
      );
      return rows.map(listingFrom);
    },
    async agentRole(id) {
      const { rows } = await db.query<{ role: Role }>('SELECT role FROM agents WHERE id = $1', [
        id,
      ]);
      return rows[0]?.role ?? null;
    },
    async revokeAgent(id, at) {
      const { rowCount } = await db.query(
        'UPDATE agents SET active = false, revoked_at = COALESCE(revoked_at, $1) WHERE id = $2',
        [at, id],
      );
      return rowCount === 1;
    },
  };
}
