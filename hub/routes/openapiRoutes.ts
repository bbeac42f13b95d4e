// `GET /openapi.json`: the API contract, built once at start.
import { Hono } from 'hono';
import type { HubContext } from '../hubContext';
import { openapiDocument } from '../openapi/openapiDocument';

export function openapiRoutes(ctx: HubContext): Hono {
  const body = JSON.stringify(openapiDocument(ctx.version, ctx.config.hub.publicUrl));
  return new Hono().get('/openapi.json', (c) =>
    c.body(body, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
    }),
  );
}
