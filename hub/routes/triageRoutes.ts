// `POST /v1/triage/preview`: what the widget shows while the user types — classification,
// priority, the due times promised if submitted now, and matching known issues.
import {
  impactSchema,
  pageContextSchema,
  priorityFor,
  slugSchema,
  text,
  urgencySchema,
  type AppConfig,
} from '@tierdesk/core';
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { findAgent, findIntakeApp } from '../auth/credentials';
import { classifyTicket, matchKnownIssues } from '../domain/classify';
import { previewSlaDue } from '../domain/sla';
import { ApiError } from '../http/apiError';
import { readJson } from '../http/readBody';
import type { HubContext } from '../hubContext';

export const triagePreviewInputSchema = z.strictObject({
  app: slugSchema,
  summary: text(200),
  description: text(10_000),
  impact: impactSchema,
  urgency: urgencySchema,
  context: z.optional(pageContextSchema),
});

/**
 * The widget's app (its intake key) or, for an agent, any configured app; null credentials are
 * refused before the body is read, so an unauthenticated caller learns nothing.
 */
export async function requireKeyOrAgent(ctx: HubContext, c: Context): Promise<AppConfig | null> {
  const keyApp = findIntakeApp(ctx, c);
  if (!keyApp && !(await findAgent(ctx, c))) {
    throw new ApiError('unauthorized', 'send an intake key (X-Tierdesk-Key) or an agent token');
  }
  return keyApp;
}

/** The app asked about: the key's own app only, or any configured app for an agent. */
export function askedApp(ctx: HubContext, keyApp: AppConfig | null, appId: string): AppConfig {
  if (keyApp) {
    if (keyApp.id !== appId)
      throw new ApiError(
        'forbidden',
        `this intake key belongs to app "${keyApp.id}", not "${appId}"`,
      );
    return keyApp;
  }
  const app = ctx.config.apps.find((a) => a.id === appId);
  if (!app) throw new ApiError('not_found', `no app "${appId}" in the hub's configuration`);
  return app;
}

export function triageRoutes(ctx: HubContext): Hono {
  return new Hono().post('/v1/triage/preview', async (c) => {
    const keyApp = await requireKeyOrAgent(ctx, c);
    const input = await readJson(
      c.req.raw,
      triagePreviewInputSchema,
      ctx.config.hub.limits.jsonBytes,
    );
    const app = askedApp(ctx, keyApp, input.app);
    const classification = classifyTicket(
      {
        summary: input.summary,
        description: input.description,
        impact: input.impact,
        context: input.context,
        appApiPrefixes: app.apiPrefixes,
      },
      {
        taxonomy: ctx.config.taxonomy,
        confidenceThreshold: ctx.config.workflow.confidenceThreshold,
      },
    );
    const priority = priorityFor(input.impact, input.urgency, ctx.config.priorityMatrix);
    const knownIssues = matchKnownIssues(
      { summary: input.summary, description: input.description, appId: app.id },
      await ctx.store.knownIssues(),
      { limit: 3 },
    );
    return c.json({
      classification,
      priority,
      due: previewSlaDue(priority, ctx.now(), ctx.config.sla),
      knownIssues,
    });
  });
}
