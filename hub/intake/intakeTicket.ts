// Intake of a draft: idempotent by ticket id; redacts again, classifies, sets priority and SLA,
// groups incidents, stores all of it in one transaction, then pushes it live.
import { priorityFor, type Actor, type AppConfig, type TicketDraft } from '@tierdesk/core';
import { reporterTokenFor, sha256Hex } from '../auth/tokens';
import { classifyTicket } from '../domain/classify';
import { redactDraft } from '../domain/redact';
import { createTicket } from '../domain/workflow';
import { ApiError } from '../http/apiError';
import type { HubContext } from '../hubContext';
import { StoreConflictError, type HubTx, type IntakeRecord } from '../store/hubStore';
import { publishChanges } from '../tickets/publishChanges';
import { recordTicketChange, type TicketChange } from '../tickets/recordTicketChange';
import { canonicalJson } from './canonicalJson';
import { groupIncident } from './groupIncident';
import type { IntakeReceipt, StoredReceipt } from './intakeReceipt';

export interface IntakeResult {
  status: 200 | 201;
  receipt: IntakeReceipt;
}

export async function intakeTicket(
  ctx: HubContext,
  input: TicketDraft,
  app: AppConfig,
  actor: Actor,
): Promise<IntakeResult> {
  const bodySha256 = sha256Hex(canonicalJson(input));
  const reporterToken = reporterTokenFor(input.id, ctx.hubSecret);
  const replay = (previous: IntakeRecord | null) => {
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
  const earlier = replay(await ctx.store.intakeRequest(input.id));
  if (earlier) return earlier;
  const concurrent = () =>
    new ApiError(
      'conflict',
      `ticket ${input.id} is being submitted by another request; retry shortly`,
    );
  if (ctx.intakeInFlight.has(input.id)) throw concurrent();
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
    const store = async (tx: HubTx) => {
      // Another hub process (same data folder or database) may have stored it meanwhile.
      const stored = replay(await tx.intakeRequest(input.id));
      if (stored) return { outcome: stored, changes: [] as TicketChange[], announce: null };
      const number = `TD-${await tx.nextTicketNumber()}`;
      const created = createTicket({
        draft,
        number,
        appName: app.name,
        classification,
        priority,
        now,
        actor,
      });
      const reporterKey = draft.reporter.id ?? draft.reporter.email ?? null;
      const incident = await groupIncident(
        ctx,
        tx,
        created.ticket,
        draft,
        reporterKey ?? draft.id,
        now,
      );
      const ticket = incident.ticket;
      const changes: TicketChange[] = [
        await recordTicketChange(ctx, tx, ticket, [created.event, ...incident.events], now, {
          insert: { reporterTokenSha256: sha256Hex(reporterToken), reporterKey },
        }),
        ...incident.changes,
      ];
      // The promise made to the reporter: the due times of the timers the ticket started with.
      const dueOf = (metric: string) =>
        changes[0]!.sla.timers.find((t) => t.metric === metric)?.dueAt ?? null;
      const due = { firstResponse: dueOf('first_response'), resolution: dueOf('resolution') };
      const receipt: StoredReceipt = {
        id: ticket.id,
        number,
        status: ticket.status,
        category: ticket.category,
        tier: ticket.tier,
        priority: ticket.priority,
        classification,
        due,
        incident: incident.receipt,
      };
      await tx.saveIntakeRequest({ ticketId: ticket.id, bodySha256, receipt }, now);
      return {
        outcome: { status: 201 as const, receipt: { ...receipt, reporterToken } },
        changes,
        announce: incident.announce,
      };
    };
    // SQLite joins the turn's group commit; a duplicate another process is storing right now
    // takes the same keys, so it conflicts (409) rather than being stored twice.
    const result = await ctx.store.transaction(store).catch((error: unknown) => {
      throw error instanceof StoreConflictError ? concurrent() : error;
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
    if (result.announce) {
      ctx.live.publish('queue', 'incident', result.announce);
      ctx.notify('incident', result.announce);
    }
    return result.outcome;
  } finally {
    ctx.intakeInFlight.delete(input.id);
  }
}
