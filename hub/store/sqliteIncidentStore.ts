// Incident groups in SQL: the group's shape as JSON, its members in their own table.
import type Database from 'better-sqlite3';
import type { IncidentRecord } from './hubStore';
import type { SqliteOps } from './sqliteOps';

export type IncidentStore = Pick<
  SqliteOps,
  'recentIncidents' | 'incident' | 'saveIncident' | 'addIncidentTicket' | 'incidentTicketIds'
>;

type IncidentRow = { body: string; size: number };

export function sqliteIncidentStore(db: Database.Database): IncidentStore {
  const s = {
    recent: db.prepare(
      'SELECT body, size FROM incidents WHERE app_id = ? AND last_at >= ? ORDER BY last_at DESC LIMIT 50',
    ),
    byId: db.prepare('SELECT body, size FROM incidents WHERE id = ?'),
    save: db.prepare(`INSERT INTO incidents (id, app_id, signature, major, last_at, size, body)
      VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET major = excluded.major,
      last_at = excluded.last_at, size = excluded.size, body = excluded.body`),
    addTicket: db.prepare(
      'INSERT OR IGNORE INTO incident_tickets (incident_id, ticket_id, reporter_key) VALUES (?, ?, ?)',
    ),
    ticketIds: db
      .prepare(
        'SELECT ticket_id FROM incident_tickets WHERE incident_id = ? ORDER BY ticket_id LIMIT ?',
      )
      .pluck(),
  };
  // Intake reads its app's recent incidents for every ticket, and the group it joins was most
  // often written by this process a moment ago: bodies it wrote are not parsed again (a body
  // written by another process differs, so it is parsed). Readers must not mutate the arrays.
  const written = new Map<string, Omit<IncidentRecord, 'size'>>();
  const incidentFrom = (row: IncidentRow): IncidentRecord => ({
    ...(written.get(row.body) ?? (JSON.parse(row.body) as IncidentRecord)),
    size: row.size,
  });
  return {
    recentIncidents: (appId, since) =>
      (s.recent.all(appId, since) as IncidentRow[]).map(incidentFrom),
    incident(id) {
      const row = s.byId.get(id) as IncidentRow | undefined;
      return row ? incidentFrom(row) : null;
    },
    saveIncident({ size, ...incident }) {
      const i = { ...incident, reporterKeys: incident.reporterKeys.slice(0, 100) };
      const body = JSON.stringify(i);
      if (written.size >= 256) written.clear();
      written.set(body, i);
      s.save.run(i.id, i.appId, i.signature, i.major ? 1 : 0, i.lastAt, size, body);
    },
    addIncidentTicket(incidentId, ticketId, reporterKey) {
      s.addTicket.run(incidentId, ticketId, reporterKey);
    },
    incidentTicketIds: (incidentId, limit) => s.ticketIds.all(incidentId, limit) as string[],
  };
}
