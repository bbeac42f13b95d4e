// `GET /v1/tickets/:id` (the TicketView an agent works from) and `POST /v1/tickets/:id/actions`
// (every change through the workflow; reporters may reply and reopen).
import type { Actor } from '@tierdesk/core';
import { Hono } from 'hono';
import { findAgent, findReporterTicket } from '../auth/credentials';
import { requireAgent } from '../auth/credentials';
import { matchKnownIssues } from '../domain/classify';
import { evaluateTicketSla } from '../domain/sla';
import { applyAction, ticketActionSchema } from '../domain/workflow';
import { ApiError, notFound } from '../http/apiError';
import { readJson } from '../http/readBody';
import { storedId } from '../http/storedId';
import type { HubContext } from '../hubContext';
import { publishChanges } from '../tickets/publishChanges';
import { queueItem } from '../tickets/queueItem';
import { recordTicketChange } from '../tickets/recordTicketChange';

export function ticketRoutes(ctx: HubContext): Hono {
  return new Hono()
    .get('/v1/tickets/:id', async (c) => {
      await requireAgent(ctx, c);
      const id = storedId(c.req.param('id'), 'ulid');
      const record = id ? await ctx.store.getTicket(id) : null;
      if (!record) throw notFound('ticket');
      const { ticket } = record;
      const [events, group, knownIssues] = await Promise.all([
        ctx.store.events(ticket.id),
        ticket.incidentId ? ctx.store.incident(ticket.incidentId) : null,
        ctx.store.knownIssues(),
      ]);
      const memberIds = group ? await ctx.store.incidentTicketIds(group.id, 500) : [];
      const similarIds = memberIds.filter((id) => id !== ticket.id).slice(0, 10);
      const similar = similarIds.length
        ? await ctx.store.queueRowsByIds(similarIds)
        : (await ctx.store.queue({ apps: [ticket.app.id], categories: [ticket.category] }, 6, null))
            .filter((r) => r.id !== ticket.id)
            .slice(0, 5);
      return c.json({
        ticket,
        events,
        sla: evaluateTicketSla(events, ctx.config.sla, ctx.now()),
        runbook: ctx.config.taxonomy.find((cat) => cat.id === ticket.category)?.runbook ?? [],
        knownIssues: matchKnownIssues(
          { summary: ticket.summary, description: ticket.description, appId: ticket.app.id },
          knownIssues,
          { limit: 3 },
        ),
        incident: group
          ? {
              id: group.id,
              major: group.major,
              ticketIds: memberIds,
              reporters: group.reporterKeys.length,
            }
          : null,
        similar: similar.map(queueItem),
      });
    })
    .post('/v1/tickets/:id/actions', async (c) => {
      const id = c.req.param('id');
      const agent = await findAgent(ctx, c);
      let actor: Actor;
      if (agent) actor = { kind: 'agent', id: agent.id, role: agent.role, name: agent.name };
      else {
        const reporterTicket = await findReporterTicket(ctx, c);
        if (reporterTicket === null)
          throw new ApiError(
            'unauthorized',
            'send an agent token, or the reporter token of this ticket',
          );
        if (reporterTicket !== id)
          throw new ApiError('forbidden', 'this reporter token belongs to another ticket');
        actor = { kind: 'reporter' };
      }
      const action = await readJson(c.req.raw, ticketActionSchema, ctx.config.hub.limits.jsonBytes);
      if (actor.kind === 'reporter' && action.type !== 'user_replied' && action.type !== 'reopen') {
        throw new ApiError('forbidden', `a reporter may reply or reopen, not ${action.type}`);
      }
      if (
        action.type === 'assign' &&
        action.assignee !== null &&
        (await ctx.store.agentRole(action.assignee)) === null
      ) {
        throw new ApiError('workflow_rejected', `no agent "${action.assignee}" on this hub`);
      }
      const ticketId = storedId(id, 'ulid');
      if (!ticketId) throw notFound('ticket');
      const change = await ctx.store.transaction(async (tx) => {
        const record = await tx.getTicket(ticketId);
        if (!record) throw notFound('ticket');
        if (actor.kind === 'reporter')
          actor = {
            kind: 'reporter',
            ...(record.ticket.reporter.id ? { id: record.ticket.reporter.id } : {}),
          };
        const now = ctx.now();
        const result = applyAction(record.ticket, action, actor, now, ctx.config);
        if (!result.ok) {
          throw new ApiError(
            result.error.code === 'forbidden' ? 'forbidden' : 'workflow_rejected',
            result.error.message,
          );
        }
        return recordTicketChange(ctx, tx, result.ticket, result.events, now);
      });
      publishChanges(ctx, [change]);
      return c.json({ ticket: change.ticket, events: change.events });
    });
}
