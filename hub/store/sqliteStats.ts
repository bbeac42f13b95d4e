// The lead's figures in SQL: SLA attainment per priority, volume per app and category, open
// breaches and deflections (GET /v1/stats).
import type Database from 'better-sqlite3';
import type { HubStats } from './hubStore';

export function readStats(db: Database.Database): HubStats {
  const byPriority = db
    .prepare(
      `SELECT priority, COUNT(*) AS total, SUM(status IN ('resolved', 'closed')) AS resolved,
      SUM(breached) AS breached FROM tickets GROUP BY priority ORDER BY priority`,
    )
    .all() as HubStats['byPriority'];
  const byApp = db
    .prepare(
      'SELECT app_id AS appId, COUNT(*) AS total, SUM(is_open) AS open FROM tickets GROUP BY app_id ORDER BY total DESC, app_id',
    )
    .all() as HubStats['byApp'];
  const byCategory = db
    .prepare(
      'SELECT category, COUNT(*) AS total, SUM(is_open) AS open FROM tickets GROUP BY category ORDER BY total DESC, category',
    )
    .all() as HubStats['byCategory'];
  const openBreached = db
    .prepare('SELECT COUNT(*) FROM tickets WHERE is_open = 1 AND breached = 1')
    .pluck()
    .get() as number;
  const deflections = db.prepare('SELECT COUNT(*) FROM deflections').pluck().get() as number;
  return { byPriority, byApp, byCategory, openBreached, deflections };
}
