// `POST /v1/reporter/tickets`: a reporter's own tickets, by the reporter tokens they kept.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { limitAnonymous } from '../auth/credentials';
import { sha256Hex, tokenPattern } from '../auth/tokens';
import { evaluateTicketSla } from '../domain/sla';
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
    const now = ctx.now();
    for (const token of new Set(tokens)) {
      // Unknown or malformed tokens are skipped: the answer never says which tokens exist.
      if (!tokenPattern.reporter.test(token)) continue;
      const id = await ctx.store.ticketIdByReporterToken(sha256Hex(token));
      const record = id ? await ctx.store.getTicket(id) : null;
      if (!record) continue;
      const t = record.ticket;
      // The due instants still ahead of the reporter: a met or stopped timer has none.
      const sla = evaluateTicketSla(await ctx.store.events(t.id), ctx.config.sla, now);
      const dueOf = (metric: string) =>
        sla.timers.find(
          (x) => x.metric === metric && x.stage !== 'completed' && x.stage !== 'cancelled',
        )?.dueAt ?? null;
      items.push({
        id: t.id,
        number: t.number,
        summary: t.summary,
        status: t.status,
        priority: t.priority,
        due: { firstResponse: dueOf('first_response'), resolution: dueOf('resolution') },
        updatedAt: t.updatedAt,
        resolution: t.resolution,
      });
    }
    return c.json({ items });
  });
}
