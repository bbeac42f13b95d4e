// `GET /v1/me` (who the token belongs to) and `GET /v1/stats` (leads and admins: SLA attainment
// per priority, breaches, volume per app and category).
import { Hono } from 'hono';
import { requireAgent } from '../auth/credentials';
import type { HubContext } from '../hubContext';

export function agentRoutes(ctx: HubContext): Hono {
  return new Hono()
    .get('/v1/me', async (c) => {
      const agent = await requireAgent(ctx, c);
      return c.json({ id: agent.id, name: agent.name, role: agent.role });
    })
    .get('/v1/stats', async (c) => {
      await requireAgent(ctx, c, ['lead', 'admin']);
      const stats = await ctx.store.stats();
      return c.json({
        ...stats,
        byPriority: stats.byPriority.map((p) => ({
          ...p,
          attainment:
            p.total === 0 ? null : Math.round(((p.total - p.breached) / p.total) * 1000) / 10,
        })),
      });
    });
}
