// Maps a tickets row (queue columns only) to a QueueRow: the queue never parses ticket JSON.
import type { Priority, Status, Tier } from '@tierdesk/core';
import type { QueueRow } from './hubStore';

export interface QueueSqlRow {
  id: string;
  number: string;
  number_seq: number;
  due_sort: number;
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
  breached: number;
  paused: number;
  incident_id: string | null;
  major_incident: number;
  needs_triage: number;
}

export function queueRowFromSql(r: QueueSqlRow): QueueRow {
  return {
    id: r.id,
    number: r.number,
    numberSeq: r.number_seq,
    dueSort: r.due_sort,
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
    breached: r.breached === 1,
    paused: r.paused === 1,
    incidentId: r.incident_id,
    majorIncident: r.major_incident === 1,
    needsTriage: r.needs_triage === 1,
  };
}
