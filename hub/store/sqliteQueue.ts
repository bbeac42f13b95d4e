// The queue in SQL: which statuses are open, the columns a queue row reads, and the filtered,
// sorted page as one index range scan on (is_open, due_sort, number_seq) with a keyset cursor.
import type Database from 'better-sqlite3';
import type { QueueCursor, QueueFilter, QueueRow } from './hubStore';
import { queueRowFromSql, type QueueSqlRow } from './queueRowFromSql';
import { isOpenStatus } from './queueRowOf';
export const queueColumns = `id, number, number_seq, due_sort, summary, app_id, app_name, category, tier, priority,
  status, assignee, reporter_name, created_at, updated_at, next_due_at, next_due_timer, sla_pct,
  breached, paused, incident_id, major_incident, needs_triage`;

const queueStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function queryQueue(
  db: Database.Database,
  filter: QueueFilter,
  limit: number,
  after: QueueCursor | null,
): QueueRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    where.push(`${column} IN (${values.map(() => '?').join(',')})`);
    args.push(...values);
  };
  const statuses = filter.statuses ?? [];
  if (statuses.length === 0) where.push('is_open = 1');
  else {
    // is_open lets the index do the work when every asked status is open (or none is).
    const open = statuses.filter(isOpenStatus).length;
    if (open === statuses.length) where.push('is_open = 1');
    else if (open === 0) where.push('is_open = 0');
    inList('status', statuses);
  }
  inList('tier', filter.tiers);
  inList('category', filter.categories);
  inList('priority', filter.priorities);
  inList('app_id', filter.apps);
  if (filter.assignee !== undefined) {
    where.push(filter.assignee === null ? 'assignee IS NULL' : 'assignee = ?');
    if (filter.assignee !== null) args.push(filter.assignee);
  }
  if (after) {
    where.push('(due_sort > ? OR (due_sort = ? AND number_seq > ?))');
    args.push(after.dueSort, after.dueSort, after.numberSeq);
  }
  const sql = `SELECT ${queueColumns} FROM tickets WHERE ${where.join(' AND ')}
    ORDER BY due_sort, number_seq LIMIT ?`;
  // Few distinct filter shapes recur (the extension polls the same views): prepare each once.
  let cache = queueStatements.get(db);
  if (!cache) queueStatements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size > 200) cache.clear();
    cache.set(sql, (statement = db.prepare(sql)));
  }
  return (statement.all(...args, limit) as QueueSqlRow[]).map(queueRowFromSql);
}
