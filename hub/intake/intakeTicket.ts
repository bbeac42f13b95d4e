// Intake of a draft: idempotent by ticket id; redacts again, classifies, sets priority and SLA,
// groups incidents, stores all of it in one transaction, then pushes it live.
import {
  priorityFor,
  type Actor,
  type AppConfig,
  type NewTicketEvent,
  type Ticket,
  type TicketDraft,
} from '@tierdesk/core';
import { reporterTokenFor, sha256Hex } from '../auth/tokens';
import { assignIncident, classifyTicket, errorSignature } from '../domain/classify';
import { redactDraft } from '../domain/redact';
import { previewSlaDue } from '../domain/sla';
import { createTicket } from '../domain/workflow';
import { ApiError } from '../http/apiError';
import type { HubContext } from '../hubContext';
import { publishChanges } from '../tickets/publishChanges';
import { recordTicketChange, type TicketChange } from '../tickets/recordTicketChange';
import { canonicalJson } from './canonicalJson';
import type { IntakeReceipt, StoredReceipt } from './intakeReceipt';

export interface IntakeResult {
  status: 200 | 201;
  receipt: IntakeReceipt;
}

export function intakeTicket(
  ctx: HubContext,
  input: TicketDraft,
  app: AppConfig,
  actor: Actor,
): IntakeResult {
  const bodySha256 = sha256Hex(canonicalJson(input));
  const reporterToken = reporterTokenFor(input.id, ctx.hubSecret);
  const replay = () => {
    const previous = ctx.store.intakeRequest(input.id);
    if (!previous) return null;
    if (previous.bodySha256 !== bodySha256) {
      throw new ApiError(
        'idempotency_mismatch',
        `ticket ${input.id} was already submitted with a different body`,
      );
    }
    return {
      status: 200 as const,
      receipt: { ...(previous.receipt as StoredReceipt), reporterToken },
    };
  };
  const earlier = replay();
  if (earlier) return earlier;
  if (ctx.intakeInFlight.has(input.id)) {
    throw new ApiError(
      'conflict',
      `ticket ${input.id} is being submitted by another request; retry shortly`,
    );
  }
  ctx.intakeInFlight.add(input.id);
  try {
    const draft = redactDraft(input);
    const now = ctx.now();
    const classification = classifyTicket(
      {
        summary: draft.summary,
        description: draft.description,
        impact: draft.impact,
        context: draft.context,
        appApiPrefixes: app.apiPrefixes,
      },
      {
        taxonomy: ctx.config.taxonomy,
        confidenceThreshold: ctx.config.workflow.confidenceThreshold,
      },
    );
    const priority = priorityFor(draft.impact, draft.urgency, ctx.config.priorityMatrix);
    const due = previewSlaDue(priority, now, ctx.config.sla);
    const result = ctx.store.write(() => {
      // A second hub process on the same data folder may have stored it meanwhile.
      const stored = replay();
      if (stored) return { outcome: stored, changes: [] as TicketChange[], incidentEvent: null };
      const number = `TD-${ctx.store.nextTicketNumber()}`;
      const created = createTicket({
        draft,
        number,
        appName: app.name,
        classification,
        priority,
        now,
        actor,
      });
      let ticket: Ticket = created.ticket;
      const events: NewTicketEvent[] = [created.event];
      const changes: TicketChange[] = [];
      const reporterKey = draft.reporter.id ?? draft.reporter.email ?? null;
      const grouping = assignIncident(
        {
          ticketId: ticket.id,
          appId: app.id,
          signature: errorSignature(draft.context),
          reporter: reporterKey ?? ticket.id,
          at: now,
        },
        ctx.store.recentIncidents(
          app.id,
          new Date(Date.parse(now) - ctx.config.hub.incidentWindowMinutes * 60_000).toISOString(),
        ),
        now,
        {
          newId: ctx.newId,
          windowMinutes: ctx.config.hub.incidentWindowMinutes,
          majorReporters: ctx.config.hub.majorIncidentReporters,
        },
      );
      let incident: StoredReceipt['incident'] = null;
      if (grouping) {
        const { group, becameMajor } = grouping;
        ctx.store.saveIncident(group);
        if (group.ticketIds.length >= 2) {
          incident = { id: group.id, major: group.major, size: group.ticketIds.length };
          ticket = { ...ticket, incidentId: group.id, majorIncident: group.major };
          events.push({
            type: 'incident_linked',
            at: now,
            actor: systemActor,
            incidentId: group.id,
            major: group.major,
          });
          // The first report joins the incident when the second arrives; all join a major one.
          const others = group.ticketIds.filter((id) => id !== ticket.id);
          const toLink = becameMajor ? others : group.ticketIds.length === 2 ? others : [];
          for (const id of toLink)
            changes.push(linkToIncident(ctx, id, group.id, group.major, now));
        }
      }
      changes.unshift(
        recordTicketChange(ctx, ticket, events, now, {
          insert: { reporterTokenSha256: sha256Hex(reporterToken), reporterKey },
        }),
      );
      const receipt: StoredReceipt = {
        id: ticket.id,
        number,
        status: ticket.status,
        category: ticket.category,
        tier: ticket.tier,
        priority: ticket.priority,
        classification,
        due,
        incident,
      };
      ctx.store.saveIntakeRequest({ ticketId: ticket.id, bodySha256, receipt }, now);
      const incidentEvent = grouping && grouping.group.ticketIds.length >= 2 ? grouping : null;
      return {
        outcome: { status: 201 as const, receipt: { ...receipt, reporterToken } },
        changes,
        incidentEvent,
      };
    });
    publishChanges(ctx, result.changes);
    if (result.outcome.status === 201)
      ctx.notify('ticket.created', {
        id: input.id,
        number: result.outcome.receipt.number,
        priority: result.outcome.receipt.priority,
        tier: result.outcome.receipt.tier,
        appId: app.id,
      });
    const g = result.incidentEvent;
    if (g && (g.isNew || g.group.ticketIds.length === 2 || g.becameMajor)) {
      const payload = {
        id: g.group.id,
        appId: g.group.appId,
        major: g.group.major,
        size: g.group.ticketIds.length,
        ticketIds: g.group.ticketIds,
      };
      ctx.live.publish('queue', 'incident', payload);
      ctx.notify('incident', payload);
    }
    return result.outcome;
  } finally {
    ctx.intakeInFlight.delete(input.id);
  }
}

const systemActor: Actor = { kind: 'system', id: 'incident-grouping' };

function linkToIncident(
  ctx: HubContext,
  ticketId: string,
  incidentId: string,
  major: boolean,
  now: string,
): TicketChange {
  const record = ctx.store.getTicket(ticketId);
  if (!record) throw new Error(`incident member ${ticketId} is missing`);
  const ticket = { ...record.ticket, incidentId, majorIncident: major, updatedAt: now };
  return recordTicketChange(
    ctx,
    ticket,
    [{ type: 'incident_linked', at: now, actor: systemActor, incidentId, major }],
    now,
  );
}
