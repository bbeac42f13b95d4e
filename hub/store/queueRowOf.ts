// The queue line of a ticket record: what every backend stores beside the ticket's JSON and
// gives back unchanged, so sorting, filtering and the rows routes publish agree across backends.
import type { Status } from '@tierdesk/core';
import type { QueueRow, TicketRecord } from './hubStore';

/** The sort value of "no due time": after every real instant (ms), so "none last" is ascending. */
export const noDueSort = 9e15;

/** The statuses the queue shows by default and `countOpen` counts. */
export const openStatuses: readonly Status[] = ['new', 'triaged', 'in_progress', 'waiting_on_user'];

export const isOpenStatus = (status: Status): boolean => openStatuses.includes(status);

export function queueRowOf(record: TicketRecord): QueueRow {
  const t = record.ticket;
  const q = record.queue;
  return {
    id: t.id,
    number: t.number,
    numberSeq: Number(t.number.replace(/^\D+-/, '')),
    dueSort: q.nextDueAt ? Date.parse(q.nextDueAt) : noDueSort,
    summary: t.summary,
    appId: t.app.id,
    appName: t.app.name,
    category: t.category,
    tier: t.tier,
    priority: t.priority,
    status: t.status,
    assignee: t.assignee,
    reporterName: t.reporter.name ?? null,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    nextDueAt: q.nextDueAt,
    nextDueTimer: q.nextDueTimer,
    slaPct: q.slaPct,
    breached: q.breached,
    paused: q.paused,
    incidentId: t.incidentId,
    majorIncident: t.majorIncident,
    // Triage is still needed while the category is the classifier's unsure guess; a reclassified
    // ticket no longer needs it.
    needsTriage: t.classification.needsTriage && t.category === t.classification.category,
  };
}
