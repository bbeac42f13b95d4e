// Attachments: `POST /v1/tickets/:id/attachments` (raw image bytes, checked by magic bytes,
// idempotent by content) and `GET /v1/attachments/:id` (agents, or the ticket's reporter).
import { createHash } from 'node:crypto';
import {
  attachmentTypes,
  maxAttachmentBytes,
  text,
  type Actor,
  type AttachmentMeta,
} from '@tierdesk/core';
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { findAgent, findReporterTicket, requireIntakeApp } from '../auth/credentials';
import { sniffImage } from '../attachments/sniffImage';
import { ApiError, notFound } from '../http/apiError';
import { parseQuery, readBodyBytes } from '../http/readBody';
import { storedId } from '../http/storedId';
import type { HubContext } from '../hubContext';
import { publishChanges } from '../tickets/publishChanges';
import { recordTicketChange } from '../tickets/recordTicketChange';

const uploadQuery = z.object({
  kind: z._default(z.enum(['screenshot', 'file']), 'file'),
  name: z.optional(text(255, 1)),
  annotations: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(10_000))),
});

/** Agents may touch any ticket; otherwise the reporter token must open this one. */
async function requireTicketAccess(
  ctx: HubContext,
  c: Context,
  ticketId: string,
  allowQueryToken = false,
): Promise<Actor> {
  const agent = await findAgent(ctx, c, allowQueryToken);
  if (agent) return { kind: 'agent', id: agent.id, role: agent.role, name: agent.name };
  const reporterTicket = await findReporterTicket(ctx, c, allowQueryToken);
  if (reporterTicket === null)
    throw new ApiError('unauthorized', 'send an agent token, or the reporter token of this ticket');
  if (reporterTicket !== ticketId)
    throw new ApiError('forbidden', 'this reporter token belongs to another ticket');
  return { kind: 'reporter' };
}

export function attachmentRoutes(ctx: HubContext): Hono {
  const limit = Math.min(ctx.config.hub.limits.attachmentBytes, maxAttachmentBytes);
  return new Hono()
    .post('/v1/tickets/:id/attachments', async (c) => {
      const ticketId = c.req.param('id');
      // A reporter uploads with its ticket's reporter token AND its app's intake key from an
      // allowed Origin (what the widget and the extension send): a token that leaked from the
      // page cannot be used from elsewhere, and the key's rate limits apply to uploads too.
      const agent = await findAgent(ctx, c);
      let actor: Actor;
      if (agent) actor = { kind: 'agent', id: agent.id, role: agent.role, name: agent.name };
      else {
        const keyApp = requireIntakeApp(ctx, c);
        actor = await requireTicketAccess(ctx, c, ticketId);
        const row = storedId(ticketId, 'ulid') ? await ctx.store.queueRow(ticketId) : null;
        if (row?.appId !== keyApp.id)
          throw new ApiError('forbidden', `this ticket does not belong to app "${keyApp.id}"`);
      }
      const query = parseQuery(c.req.query(), uploadQuery);
      const declared = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!(attachmentTypes as readonly string[]).includes(declared)) {
        throw new ApiError(
          'unsupported_media_type',
          `send ${attachmentTypes.join(', ')} bytes; got "${declared || 'none'}"`,
        );
      }
      const bytes = await readBodyBytes(c.req.raw, limit);
      if (bytes.length === 0)
        throw new ApiError('validation_failed', 'the body is empty', [
          { path: '(body)', message: 'expected image bytes' },
        ]);
      const sniffed = sniffImage(bytes);
      if (!sniffed || sniffed.contentType !== declared) {
        throw new ApiError(
          'unsupported_media_type',
          `the bytes are not ${declared}${sniffed ? ` (they are ${sniffed.contentType})` : ''}`,
        );
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (!storedId(ticketId, 'ulid')) throw notFound(`ticket ${ticketId}`);
      const outcome = await ctx.store.transaction(async (tx) => {
        const record = await tx.getTicket(ticketId);
        if (!record) throw notFound(`ticket ${ticketId}`);
        const same = await tx.attachmentByHash(ticketId, sha256);
        if (same) return { status: 200 as const, meta: same, change: null };
        const now = ctx.now();
        const meta: AttachmentMeta = {
          id: ctx.newId(),
          kind: query.kind,
          contentType: sniffed.contentType,
          bytes: bytes.length,
          sha256,
          ...(query.name !== undefined ? { name: query.name } : {}),
          ...(sniffed.width !== undefined ? { width: sniffed.width, height: sniffed.height } : {}),
          ...(query.annotations !== undefined ? { annotations: query.annotations } : {}),
          createdAt: now,
        };
        await tx.insertAttachment(ticketId, meta, bytes);
        const ticket = {
          ...record.ticket,
          attachments: [...record.ticket.attachments, meta],
          updatedAt: now,
        };
        const change = await recordTicketChange(
          ctx,
          tx,
          ticket,
          [{ type: 'attachment_added', at: now, actor, attachment: meta }],
          now,
        );
        return { status: 201 as const, meta, change };
      });
      if (outcome.change) publishChanges(ctx, [outcome.change]);
      return c.json(outcome.meta, outcome.status);
    })
    .get('/v1/attachments/:id', async (c) => {
      const id = storedId(c.req.param('id'), 'ulid');
      const stored = id ? await ctx.store.attachment(id) : null;
      if (!stored) {
        // Do not tell an unauthenticated caller which ids exist.
        if (!(await findAgent(ctx, c, true)) && !(await findReporterTicket(ctx, c, true)))
          throw new ApiError('unauthorized', 'send an agent or reporter token');
        throw notFound('attachment');
      }
      await requireTicketAccess(ctx, c, stored.ticketId, true);
      return c.body(new Uint8Array(stored.data), 200, {
        'Content-Type': stored.meta.contentType,
        'Content-Length': String(stored.data.length),
        'Cache-Control': 'private, max-age=86400, immutable',
        'Content-Disposition': 'inline',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'",
      });
    });
}
