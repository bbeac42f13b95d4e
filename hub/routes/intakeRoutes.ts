// `POST /v1/tickets`: intake of a draft from the widget or extension (intake key) or an agent.
import { ticketDraftSchema, type Actor, type AppConfig } from '@tierdesk/core';
import { Hono } from 'hono';
import { findAgent, findIntakeApp } from '../auth/credentials';
import { ApiError } from '../http/apiError';
import { readJson } from '../http/readBody';
import type { HubContext } from '../hubContext';
import { intakeTicket } from '../intake/intakeTicket';

export function intakeRoutes(ctx: HubContext): Hono {
  return new Hono().post('/v1/tickets', async (c) => {
    const keyApp = findIntakeApp(ctx, c);
    const agent = keyApp ? null : await findAgent(ctx, c);
    if (!keyApp && !agent)
      throw new ApiError('unauthorized', 'send an intake key (X-Tierdesk-Key) or an agent token');
    const draft = await readJson(c.req.raw, ticketDraftSchema, ctx.config.hub.limits.jsonBytes);
    let app: AppConfig | undefined;
    let actor: Actor;
    if (keyApp) {
      if (draft.app.id !== keyApp.id) {
        throw new ApiError(
          'forbidden',
          `this intake key belongs to app "${keyApp.id}", not "${draft.app.id}"`,
        );
      }
      app = keyApp;
      actor = { kind: 'reporter', ...(draft.reporter.id ? { id: draft.reporter.id } : {}) };
    } else {
      app = ctx.config.apps.find((a) => a.id === draft.app.id);
      if (!app) {
        throw new ApiError(
          'validation_failed',
          `app.id: no app "${draft.app.id}" in the hub's configuration`,
          [{ path: 'app.id', message: `no app "${draft.app.id}" in the hub's configuration` }],
        );
      }
      actor = { kind: 'agent', id: agent!.id, role: agent!.role, name: agent!.name };
    }
    const { status, receipt } = await intakeTicket(ctx, draft, app, actor);
    return c.json(receipt, status);
  });
}
