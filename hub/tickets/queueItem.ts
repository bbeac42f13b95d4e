// The QueueItem of docs/api.md from a stored queue row.
import type { Priority, Status, Tier } from '@tierdesk/core';
import type { QueueRow } from '../store/hubStore';

export interface QueueItem {
  id: string;
  number: string;
  summary: string;
  app: { id: string; name: string };
  category: string;
  tier: Tier;
  priority: Priority;
  status: Status;
  assignee: string | null;
  reporterName: string | null;
  createdAt: string;
  updatedAt: string;
  nextDueAt: string | null;
  nextDueTimer: string | null;
  slaPct: number | null;
  breached: boolean;
  paused: boolean;
  incidentId: string | null;
  majorIncident: boolean;
  needsTriage: boolean;
}

export function queueItem(r: QueueRow): QueueItem {
  return {
    id: r.id,
    number: r.number,
    summary: r.summary,
    app: { id: r.appId, name: r.appName },
    category: r.category,
    tier: r.tier,
    priority: r.priority,
    status: r.status,
    assignee: r.assignee,
    reporterName: r.reporterName,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    nextDueAt: r.nextDueAt,
    nextDueTimer: r.nextDueTimer,
    slaPct: r.slaPct,
    breached: r.breached,
    paused: r.paused,
    incidentId: r.incidentId,
    majorIncident: r.majorIncident,
    needsTriage: r.needsTriage,
  };
}
