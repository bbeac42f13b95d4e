// CORS: a browser page may call the hub from an origin that some app allows (its intake keys
// are then checked per key, auth/credentials.ts) or from the extension's origin (agents).
import type { MiddlewareHandler } from 'hono';
import type { HubConfig } from '../config/hubConfig';
import { ApiError } from './apiError';

const allowHeaders =
  'Content-Type, Authorization, X-Tierdesk-Key, X-Tierdesk-Reporter, Last-Event-ID, Idempotency-Key';

export function corsPolicy(config: HubConfig): MiddlewareHandler {
  const origins = new Set([
    ...config.apps.flatMap((a) => a.allowedOrigins),
    ...config.hub.agentOrigins,
  ]);
  const anyOrigin = origins.has('*');
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && (anyOrigin || origins.has(origin));
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      if (!allowed) throw new ApiError('forbidden', `origin ${origin ?? '(none)'} is not allowed`);
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
        'Access-Control-Allow-Headers': allowHeaders,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    if (allowed && !c.res.headers.has('Access-Control-Allow-Origin')) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After');
      c.res.headers.append('Vary', 'Origin');
    }
  };
}
