// `POST /v1/reporter/tickets`: a reporter's own tickets, by the reporter tokens they kept.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { limitAnonymous } from '../auth/credentials';
import { sha256Hex, tokenPattern } from '../auth/tokens';
import { previewSlaDue } from '../domain/sla';
import { readJson } from '../http/readBody';
import type { HubContext } from '../hubContext';

const bodySchema = z.strictObject({
  tokens: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50, 'at most 50 tokens')),
});

export function reporterRoutes(ctx: HubContext): Hono {
  return new Hono().post('/v1/reporter/tickets', async (c) => {
    limitAnonymous(ctx, c);
    const { tokens } = await readJson(c.req.raw, bodySchema, 64 * 1024);
    const items = [];
    for (const token of new Set(tokens)) {
      // Unknown or malformed tokens are skipped: the answer never says which tokens exist.
      if (!tokenPattern.reporter.test(token)) continue;
      const id = ctx.store.ticketIdByReporterToken(sha256Hex(token));
      const record = id ? ctx.store.getTicket(id) : null;
      if (!record) continue;
      const t = record.ticket;
      const due = previewSlaDue(t.priority, t.createdAt, ctx.config.sla);
      items.push({
        id: t.id,
        number: t.number,
        summary: t.summary,
        status: t.status,
        priority: t.priority,
        due: {
          firstResponse: t.firstRespondedAt ? null : due.firstResponse,
          resolution:
            record.queue.nextDueTimer === 'resolution'
              ? record.queue.nextDueAt
              : t.resolvedAt
                ? null
                : due.resolution,
        },
        updatedAt: t.updatedAt,
        resolution: t.resolution,
      });
    }
    return c.json({ items });
  });
}
