// `GET /healthz`: liveness for load balancers and the demo (the store answers a query).
import { Hono } from 'hono';
import type { HubContext } from '../hubContext';

export function healthRoutes(ctx: HubContext): Hono {
  return new Hono().get('/healthz', async (c) => {
    await ctx.store.countOpen();
    return c.json({ ok: true, version: ctx.version });
  });
}
