// Incident groups in PostgreSQL: the group's shape as JSON, its members in their own table, and
// the per-app advisory lock that makes concurrent intakes of one app group one after the other.
import type { HubTx, IncidentRecord } from '../hubStore';
import type { PgDb } from './pgDb';

export type PgIncidentStore = Pick<
  HubTx,
  'recentIncidents' | 'incident' | 'saveIncident' | 'addIncidentTicket' | 'incidentTicketIds'
>;

type IncidentPgRow = { body: Omit<IncidentRecord, 'size'>; size: number };

const incidentFrom = (row: IncidentPgRow): IncidentRecord => ({ ...row.body, size: row.size });

/** The advisory lock space of incident grouping (two-key form: class, hash of the app id). */
export const groupingLockClass = 7_301;

export function pgIncidentStore(db: PgDb): PgIncidentStore {
  return {
    async recentIncidents(appId, since) {
      // Taken in its own statement, before the read: under READ COMMITTED the read that follows
      // then sees everything the previous holder committed (one statement = one snapshot).
      if (db.inTransaction)
        await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
          groupingLockClass,
          appId,
        ]);
      const { rows } = await db.query<IncidentPgRow>(
        `SELECT body, size FROM incidents WHERE app_id = $1 AND last_at >= $2
         ORDER BY last_at DESC LIMIT 50`,
        [appId, since],
      );
      return rows.map(incidentFrom);
    },
    async incident(id) {
      const { rows } = await db.query<IncidentPgRow>(
        'SELECT body, size FROM incidents WHERE id = $1',
        [id],
      );
      return rows[0] ? incidentFrom(rows[0]) : null;
    },
    async saveIncident({ size, ...incident }) {
      const i = { ...incident, reporterKeys: incident.reporterKeys.slice(0, 100) };
      await db.query(
        `INSERT INTO incidents (id, app_id, signature, major, last_at, size, body)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET major = excluded.major,
         last_at = excluded.last_at, size = excluded.size, body = excluded.body`,
        [i.id, i.appId, i.signature, i.major, i.lastAt, size, JSON.stringify(i)],
      );
    },
    async addIncidentTicket(incidentId, ticketId, reporterKey) {
      await db.query(
        `INSERT INTO incident_tickets (incident_id, ticket_id, reporter_key) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [incidentId, ticketId, reporterKey],
      );
    },
    async incidentTicketIds(incidentId, limit) {
      const { rows } = await db.query<{ ticket_id: string }>(
        `SELECT ticket_id FROM incident_tickets WHERE incident_id = $1
         ORDER BY ticket_id LIMIT $2`,
        [incidentId, limit],
      );
      return rows.map((r) => r.ticket_id);
    },
  };
}
