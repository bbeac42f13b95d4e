// The lead's figures in PostgreSQL: SLA attainment per priority, volume per app and category,
// open breaches and deflections (GET /v1/stats), in one round trip.
import type { HubStats } from '../hubStore';
import type { PgDb } from './pgDb';

type StatsPgRow = {
  by_priority: HubStats['byPriority'] | null;
  by_app: HubStats['byApp'] | null;
  by_category: HubStats['byCategory'] | null;
  open_breached: number;
  deflections: number;
};

const statsSql = `
  SELECT
    (SELECT json_agg(p ORDER BY p.priority) FROM (
      SELECT priority, COUNT(*)::int AS total,
        (COUNT(*) FILTER (WHERE status IN ('resolved', 'closed')))::int AS resolved,
        (COUNT(*) FILTER (WHERE breached))::int AS breached
      FROM tickets GROUP BY priority) p) AS by_priority,
    (SELECT json_agg(a ORDER BY a.total DESC, a."appId") FROM (
      SELECT app_id AS "appId", COUNT(*)::int AS total, (COUNT(*) FILTER (WHERE is_open))::int AS open
      FROM tickets GROUP BY app_id) a) AS by_app,
    (SELECT json_agg(c ORDER BY c.total DESC, c.category) FROM (
      SELECT category, COUNT(*)::int AS total, (COUNT(*) FILTER (WHERE is_open))::int AS open
      FROM tickets GROUP BY category) c) AS by_category,
    (SELECT COUNT(*)::int FROM tickets WHERE is_open AND breached) AS open_breached,
    (SELECT COUNT(*)::int FROM deflections) AS deflections`;

export async function readStats(db: PgDb): Promise<HubStats> {
  const { rows } = await db.query<StatsPgRow>(statsSql);
  const row = rows[0]!;
  return {
    byPriority: row.by_priority ?? [],
    byApp: row.by_app ?? [],
    byCategory: row.by_category ?? [],
    openBreached: row.open_breached,
    deflections: row.deflections,
  };
}
