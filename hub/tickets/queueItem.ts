// The QueueItem of docs/api.md from a stored queue row.
import type { QueueRow } from '../store/hubStore';

/** The stored queue row without its sort keys, with the app as one object (two columns in the row). */
export type QueueItem = Omit<QueueRow, 'appId' | 'appName' | 'numberSeq' | 'dueSort'> & {
  app: { id: string; name: string };
};

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
