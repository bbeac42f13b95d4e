// Composes the hub's HTTP app: protection (errors, CORS, headers, logs), then every route.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError } from './http/apiError';
import { corsPolicy } from './http/corsPolicy';
import type { HubContext } from './hubContext';
import { StoreConflictError } from './store/hubStore';
import { agentRoutes } from './routes/agentRoutes';
import { attachmentRoutes } from './routes/attachmentRoutes';
import { healthRoutes } from './routes/healthRoutes';
import { intakeRoutes } from './routes/intakeRoutes';
import { knownIssueRoutes } from './routes/knownIssueRoutes';
import { openapiRoutes } from './routes/openapiRoutes';
import { publicConfigRoutes } from './routes/publicConfigRoutes';
import { queueRoutes } from './routes/queueRoutes';
import { reporterRoutes } from './routes/reporterRoutes';
import { streamRoutes } from './routes/streamRoutes';
import { ticketRoutes } from './routes/ticketRoutes';
import { triageRoutes } from './routes/triageRoutes';
import { widgetFileRoutes } from './routes/widgetFileRoutes';

export function createHubApp(
  ctx: HubContext,
  options: { widgetDir: string; logRequests: boolean },
): Hono {
  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof ApiError)
      return c.json(error.toBody(), error.status as 400, error.headers);
    // A unique key another request took first (routes that expect one name it themselves).
    if (error instanceof StoreConflictError) {
      const conflict = new ApiError('conflict', `${error.message}; retry or change it`);
      return c.json(conflict.toBody(), 409);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(
        { error: { code: 'validation_failed', message: error.message || 'bad request' } },
        error.status,
      );
    }
    // No stack traces in answers; the log has them.
    ctx.log.error('unhandled error', {
      method: c.req.method,
      path: c.req.path,
      error: error.stack ?? String(error),
    });
    return c.json(
      { error: { code: 'internal', message: 'the hub failed to handle this request' } },
      500,
    );
  });
  app.notFound((c) =>
    c.json(new ApiError('not_found', `no route ${c.req.method} ${c.req.path}`).toBody(), 404),
  );
  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (options.logRequests || c.res.status >= 500) {
      ctx.log.info('request', {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - start),
      });
    }
  });
  app.use(corsPolicy(ctx.config));
  for (const routes of [
    healthRoutes(ctx),
    openapiRoutes(ctx),
    widgetFileRoutes(options.widgetDir),
    intakeRoutes(ctx),
    attachmentRoutes(ctx),
    triageRoutes(ctx),
    knownIssueRoutes(ctx),
    queueRoutes(ctx),
    ticketRoutes(ctx),
    streamRoutes(ctx),
    reporterRoutes(ctx),
    agentRoutes(ctx),
    publicConfigRoutes(ctx),
  ]) {
    app.route('/', routes);
  }
  return app;
}
