// Maps a tickets row (queue columns only) to a QueueRow: the queue never parses ticket JSON.
// Both backends use it: SQLite gives numbers and 0/1 flags, PostgreSQL bigint text and booleans.
import type { Priority, Status, Tier } from '@tierdesk/core';
import type { QueueRow } from './hubStore';

export interface QueueSqlRow {
  id: string;
  number: string;
  number_seq: number | string;
  due_sort: number | string;
  summary: string;
  app_id: string;
  app_name: string;
  category: string;
  tier: string;
  priority: string;
  status: string;
  assignee: string | null;
  reporter_name: string | null;
  created_at: string;
  updated_at: string;
  next_due_at: string | null;
  next_due_timer: string | null;
  sla_pct: number | null;
  breached: number | boolean;
  paused: number | boolean;
  incident_id: string | null;
  major_incident: number | boolean;
  needs_triage: number | boolean;
}

export function queueRowFromSql(r: QueueSqlRow): QueueRow {
  return {
    id: r.id,
    number: r.number,
    numberSeq: Number(r.number_seq),
    dueSort: Number(r.due_sort),
    summary: r.summary,
    appId: r.app_id,
    appName: r.app_name,
    category: r.category,
    tier: r.tier as Tier,
    priority: r.priority as Priority,
    status: r.status as Status,
    assignee: r.assignee,
    reporterName: r.reporter_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    nextDueAt: r.next_due_at,
    nextDueTimer: r.next_due_timer,
    slaPct: r.sla_pct,
    breached: flag(r.breached),
    paused: flag(r.paused),
    incidentId: r.incident_id,
    majorIncident: flag(r.major_incident),
    needsTriage: flag(r.needs_triage),
  };
}

const flag = (v: number | boolean) => v === true || v === 1;
