// The queue in PostgreSQL: the columns a queue row reads, and the filtered page sorted by next
// SLA deadline as one range of the (is_open, due_sort, number_seq) index with a keyset cursor.
import type { QueueCursor, QueueFilter, QueueRow } from '../hubStore';
import { openStatuses } from '../queueRowOf';
import { queueRowFromSql, type QueueSqlRow } from '../queueRowFromSql';
import type { PgDb } from './pgDb';

export const queueColumns = `id, number, number_seq, due_sort, summary, app_id, app_name, category,
  tier, priority, status, assignee, reporter_name, created_at, updated_at, next_due_at,
  next_due_timer, sla_pct, breached, paused, incident_id, major_incident, needs_triage`;

/**
 * The queue's statement: the same rows, order and cursor semantics as SQLite's queryQueue (the
 * contract checks both). The page's ids come first from an index-only scan that checks every
 * filter on index entries; only those rows are then read from the table.
 */
export function queueQuery(
  filter: QueueFilter,
  limit: number,
  after: QueueCursor | null,
): { text: string; values: unknown[] } {
  const where: string[] = [];
  const values: unknown[] = [];
  const arg = (value: unknown) => `$${values.push(value)}`;
  const anyOf = (column: string, list: readonly string[] | undefined) => {
    if (!list || list.length === 0) return;
    // One value is an equality: the planner can then range over an index led by that column.
    if (list.length === 1) where.push(`${column} = ${arg(list[0])}`);
    else where.push(`${column} = ANY(${arg(list)}::text[])`);
  };
  const statuses = filter.statuses ?? [];
  if (statuses.length === 0) where.push('is_open');
  else {
    // is_open lets the index do the work when every asked status is open (or none is).
    const open = statuses.filter((s) => openStatuses.includes(s)).length;
    if (open === statuses.length) where.push('is_open');
    else if (open === 0) where.push('NOT is_open');
    anyOf('status', statuses);
  }
  anyOf('tier', filter.tiers);
  anyOf('category', filter.categories);
  anyOf('priority', filter.priorities);
  anyOf('app_id', filter.apps);
  if (filter.assignee === null) where.push('assignee IS NULL');
  else if (filter.assignee !== undefined) where.push(`assignee = ${arg(filter.assignee)}`);
  // A row comparison is one index bound on (due_sort, number_seq), strictly after the cursor.
  if (after)
    where.push(`(due_sort, number_seq) > (${arg(after.dueSort)}, ${arg(after.numberSeq)})`);
  const text = `SELECT ${queueColumns} FROM tickets WHERE id IN (
      SELECT id FROM tickets WHERE ${where.join(' AND ')}
      ORDER BY due_sort, number_seq LIMIT ${arg(limit)})
    ORDER BY due_sort, number_seq`;
  return { text, values };
}

export async function queryQueue(
  db: PgDb,
  filter: QueueFilter,
  limit: number,
  after: QueueCursor | null,
): Promise<QueueRow[]> {
  const { text, values } = queueQuery(filter, limit, after);
  const { rows } = await db.query<QueueSqlRow>(text, values);
  return rows.map(queueRowFromSql);
}
