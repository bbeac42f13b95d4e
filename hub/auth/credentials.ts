// Who is calling: an agent (bearer token), an app's widget (intake key checked against Origin)
// or a reporter (reporter token); each check also takes a rate-limit token for that caller.
import type { AppConfig, Role } from '@tierdesk/core';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { RateLimit } from '../config/hubConfig';
import { ApiError } from '../http/apiError';
import type { HubContext } from '../hubContext';
import type { AgentRecord } from '../store/hubStore';
import { sameDigest, sha256Hex, tokenPattern } from './tokens';

/** The hub context seen from the request checks. */
export type Caller = HubContext;

export function clientAddress(ctx: HubContext, c: Context): string {
  if (ctx.config.hub.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function limit(caller: Caller, key: string, rate: RateLimit): void {
  const wait = caller.limiter.take(key, rate);
  if (wait > 0) {
    throw new ApiError('rate_limited', `too many requests; retry in ${wait} s`, undefined, {
      'Retry-After': String(wait),
    });
  }
}

/** The agent behind `Authorization: Bearer td_…` (or `?access_token=` on streams), or null. */
export async function findAgent(
  caller: Caller,
  c: Context,
  allowQueryToken = false,
): Promise<AgentRecord | null> {
  const header = c.req.header('authorization');
  let token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token && allowQueryToken) token = c.req.query('access_token');
  if (!token) return null;
  if (!tokenPattern.agent.test(token))
    throw new ApiError('unauthorized', 'the agent token is malformed');
  const hash = sha256Hex(token);
  const agent = await caller.store.agentByTokenHash(hash);
  if (!agent || !sameDigest(agent.tokenSha256, hash) || !agent.active) {
    throw new ApiError('unauthorized', 'the agent token is not valid');
  }
  limit(caller, `agent:${agent.id}`, caller.config.hub.rateLimits.agent);
  return agent;
}

/** An agent is required (optionally one of `roles`). */
export async function requireAgent(
  caller: Caller,
  c: Context,
  roles?: readonly Role[],
  allowQueryToken = false,
): Promise<AgentRecord> {
  const agent = await findAgent(caller, c, allowQueryToken);
  if (!agent) throw new ApiError('unauthorized', 'send an agent token: Authorization: Bearer td_…');
  if (roles && !roles.includes(agent.role)) {
    throw new ApiError(
      'forbidden',
      `this needs one of the roles ${roles.join(', ')}; you are ${agent.role}`,
    );
  }
  return agent;
}

/** The app behind `X-Tierdesk-Key`, checked against the request's Origin; null when no key was sent. */
export function findIntakeApp(caller: Caller, c: Context): AppConfig | null {
  const key = c.req.header('x-tierdesk-key');
  if (key === undefined) return null;
  const app = caller.config.apps.find((a) => a.intakeKeys.includes(key));
  if (!app) throw new ApiError('unauthorized', 'the intake key is not known to this hub');
  const origin = c.req.header('origin');
  // The Origin check keeps other web pages from using an app's (public) key. A browser page always
  // sends Origin with a request carrying this custom header, so a read without Origin comes from
  // no web page: the extension's privileged GETs (Chromium omits Origin there) or a script that
  // could forge any Origin anyway. Writes still need an allowed Origin.
  const read = c.req.method === 'GET' || c.req.method === 'HEAD';
  const allowed =
    app.allowedOrigins.includes('*') ||
    (origin === undefined ? read : app.allowedOrigins.includes(origin));
  if (!allowed) {
    throw new ApiError(
      'forbidden',
      origin === undefined
        ? 'this intake key needs an Origin header'
        : `origin ${origin} may not use this intake key`,
    );
  }
  const rates = caller.config.hub.rateLimits;
  limit(caller, `key:${key}`, rates.intakeKey);
  limit(caller, `key:${key}:${clientAddress(caller, c)}`, rates.intakeClient);
  return app;
}

export function requireIntakeApp(caller: Caller, c: Context): AppConfig {
  const app = findIntakeApp(caller, c);
  if (!app) throw new ApiError('unauthorized', 'send the app intake key: X-Tierdesk-Key: pk_…');
  return app;
}

/** The ticket id a reporter token (`X-Tierdesk-Reporter` or `?reporter_token=` on streams) opens, or null. */
export async function findReporterTicket(
  caller: Caller,
  c: Context,
  allowQueryToken = false,
): Promise<string | null> {
  let token = c.req.header('x-tierdesk-reporter');
  if (!token && allowQueryToken) token = c.req.query('reporter_token');
  if (!token) return null;
  if (!tokenPattern.reporter.test(token))
    throw new ApiError('unauthorized', 'the reporter token is malformed');
  const id = await caller.store.ticketIdByReporterToken(sha256Hex(token));
  if (!id) throw new ApiError('unauthorized', 'the reporter token is not valid');
  limit(caller, `reporter:${clientAddress(caller, c)}`, caller.config.hub.rateLimits.intakeClient);
  return id;
}

/** Routes without a credential are limited per client address. */
export function limitAnonymous(caller: Caller, c: Context): void {
  limit(caller, `anon:${clientAddress(caller, c)}`, caller.config.hub.rateLimits.anonymous);
}
