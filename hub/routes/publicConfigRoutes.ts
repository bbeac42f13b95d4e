// `GET /v1/config/public?app=…`: what the widget needs to know about its app and the taxonomy.
import { slugSchema } from '@tierdesk/core';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { requireIntakeApp } from '../auth/credentials';
import { ApiError } from '../http/apiError';
import { parseQuery } from '../http/readBody';
import type { HubContext } from '../hubContext';

export function publicConfigRoutes(ctx: HubContext): Hono {
  return new Hono().get('/v1/config/public', (c) => {
    const app = requireIntakeApp(ctx, c);
    const query = parseQuery(c.req.query(), z.object({ app: z.optional(slugSchema) }));
    if (query.app !== undefined && query.app !== app.id) {
      throw new ApiError(
        'forbidden',
        `this intake key belongs to app "${app.id}", not "${query.app}"`,
      );
    }
    return c.json({
      app: { id: app.id, name: app.name, maskSelectors: app.maskSelectors ?? [] },
      taxonomy: ctx.config.taxonomy.map((cat) => ({
        id: cat.id,
        label: cat.label,
        tier: cat.tier,
      })),
    });
  });
}
