// Incident grouping at intake (inside its transaction): puts the new ticket into a recent group
// of its app (same error signature or similar text), links members once a group has two
// tickets, and every member when it becomes a major incident.
import type { Actor, NewTicketEvent, Ticket, TicketDraft } from '@tierdesk/core';
import { assignIncident, errorSignature } from '../domain/classify';
import type { HubContext } from '../hubContext';
import type { HubTx } from '../store/hubStore';
import { recordTicketChange, type TicketChange } from '../tickets/recordTicketChange';
import { majorIncidentRaise } from './majorIncidentRaise';

export interface IncidentOutcome {
  ticket: Ticket;
  events: NewTicketEvent[];
  /** Other members whose link changed (already written). */
  changes: TicketChange[];
  receipt: { id: string; major: boolean; size: number } | null;
  /** What to push as an `incident` event once committed (a group formed or became major). */
  announce: { id: string; appId: string; major: boolean; size: number; ticketIds: string[] } | null;
}

const systemActor: Actor = { kind: 'system', id: 'incident-grouping' };
/** Members listed in an `incident` live event (a major incident may have thousands). */
const announcedMembers = 200;

export async function groupIncident(
  ctx: HubContext,
  tx: HubTx,
  ticket: Ticket,
  draft: TicketDraft,
  reporterKey: string,
  now: string,
): Promise<IncidentOutcome> {
  const { incidentWindowMinutes: windowMinutes, majorIncidentReporters: majorReporters } =
    ctx.config.hub;
  const since = new Date(Date.parse(now) - windowMinutes * 60_000).toISOString();
  // Takes the app's grouping lock: concurrent intakes of the app group one after the other.
  const recent = await tx.recentIncidents(ticket.app.id, since);
  const { group, isNew, becameMajor } = assignIncident(
    {
      ticketId: ticket.id,
      appId: ticket.app.id,
      reporterKey,
      summary: draft.summary,
      description: draft.description,
      errorSignature: errorSignature(draft.context),
      createdAt: now,
    },
    // Members stay in their own table; the grouping needs only the group's shape and reporters.
    recent.map(({ size: _size, ...r }) => ({ ...r, ticketIds: [] })),
    now,
    { newId: ctx.newId, windowMinutes, majorReporters },
  );
  const size = (isNew ? 0 : (recent.find((r) => r.id === group.id)?.size ?? 0)) + 1;
  const { ticketIds: _members, ...shape } = group;
  await tx.saveIncident({ ...shape, size });
  await tx.addIncidentTicket(group.id, ticket.id, reporterKey);
  if (size < 2) return { ticket, events: [], changes: [], receipt: null, announce: null };

  const link = {
    type: 'incident_linked' as const,
    at: now,
    actor: systemActor,
    incidentId: group.id,
    major: group.major,
  };
  const changes: TicketChange[] = [];
  // The first report joins when the second arrives; every member joins a major incident.
  if (size === 2 || becameMajor) {
    for (const id of await tx.incidentTicketIds(group.id, 100_000)) {
      if (id === ticket.id) continue;
      const record = await tx.getTicket(id);
      if (!record) continue;
      const linked = {
        ...record.ticket,
        incidentId: group.id,
        majorIncident: group.major,
        updatedAt: now,
      };
      const member = group.major
        ? majorIncidentRaise(
            linked,
            ctx.config.priorityMatrix,
            systemActor,
            now,
            group.reporterKeys.length,
          )
        : { ticket: linked, events: [] };
      changes.push(await recordTicketChange(ctx, tx, member.ticket, [link, ...member.events], now));
    }
  }
  const joined = { ...ticket, incidentId: group.id, majorIncident: group.major };
  const own = group.major
    ? majorIncidentRaise(
        joined,
        ctx.config.priorityMatrix,
        systemActor,
        now,
        group.reporterKeys.length,
      )
    : { ticket: joined, events: [] };
  return {
    ticket: own.ticket,
    events: [link, ...own.events],
    changes,
    receipt: { id: group.id, major: group.major, size },
    announce:
      size === 2 || becameMajor
        ? {
            id: group.id,
            appId: group.appId,
            major: group.major,
            size,
            ticketIds: await tx.incidentTicketIds(group.id, announcedMembers),
          }
        : null,
  };
}
