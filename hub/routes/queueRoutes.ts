// `GET /v1/queue`: open tickets by next SLA deadline (none last, then number), with filters and
// a cursor; one index range scan (store/migrations.ts).
import { prioritySchema, slugSchema, statusSchema, tierSchema } from '@tierdesk/core';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { requireAgent } from '../auth/credentials';
import { ApiError } from '../http/apiError';
import { parseQuery } from '../http/readBody';
import type { HubContext } from '../hubContext';
import type { QueueCursor } from '../store/hubStore';
import { queueItem } from '../tickets/queueItem';

/** Filters are comma-separated lists, e.g. `tier=L1,L2`. */
const list = z.optional(z.string().check(z.maxLength(500)));

const queueQuery = z.strictObject({
  tier: list,
  status: list,
  category: list,
  priority: list,
  app: list,
  assignee: z.optional(z.union([z.literal('me'), z.literal('none'), slugSchema])),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
  cursor: z.optional(z.string().check(z.maxLength(100))),
});

/** Checks each value of a list against its enum, naming the parameter. */
function values<T>(
  name: string,
  raw: string | undefined,
  schema: z.ZodMiniType<T>,
): T[] | undefined {
  if (raw === undefined) return undefined;
  const items = raw
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return items.map((v) => {
    const r = z.safeParse(schema, v);
    if (!r.success) {
      const message = `"${v}" is not a valid ${name}`;
      throw new ApiError('validation_failed', `query.${name}: ${message}`, [
        { path: `query.${name}`, message },
      ]);
    }
    return r.data;
  });
}

export function encodeCursor(c: QueueCursor): string {
  return Buffer.from(`${c.dueSort}.${c.numberSeq}`).toString('base64url');
}

export function decodeCursor(raw: string): QueueCursor {
  const m = /^(\d{1,16})\.(\d{1,15})$/.exec(Buffer.from(raw, 'base64url').toString('latin1'));
  if (!m)
    throw new ApiError('validation_failed', 'query.cursor: not a cursor this hub gave out', [
      { path: 'query.cursor', message: 'not a cursor this hub gave out' },
    ]);
  return { dueSort: Number(m[1]), numberSeq: Number(m[2]) };
}

export function queueRoutes(ctx: HubContext): Hono {
  return new Hono().get('/v1/queue', async (c) => {
    const agent = await requireAgent(ctx, c);
    const q = parseQuery(c.req.query(), queueQuery);
    const assignee =
      q.assignee === undefined
        ? undefined
        : q.assignee === 'me'
          ? agent.id
          : q.assignee === 'none'
            ? null
            : q.assignee;
    const rows = await ctx.store.queue(
      {
        tiers: values('tier', q.tier, tierSchema),
        statuses: values('status', q.status, statusSchema),
        categories: values('category', q.category, slugSchema),
        priorities: values('priority', q.priority, prioritySchema),
        apps: values('app', q.app, slugSchema),
        ...(assignee !== undefined ? { assignee } : {}),
      },
      q.limit + 1,
      q.cursor ? decodeCursor(q.cursor) : null,
    );
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    return c.json({
      items: page.map(queueItem),
      nextCursor:
        rows.length > q.limit && last
          ? encodeCursor({ dueSort: last.dueSort, numberSeq: last.numberSeq })
          : null,
    });
  });
}
