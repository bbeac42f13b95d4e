// The OpenAPI 3.1 document served at `/openapi.json`: docs/api.md in machine-readable form.
import { componentSchemas } from './componentSchemas';

type Op = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema?: unknown) =>
  schema ? { description, ...json(schema) } : { description };
const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [String(c), { description: errorText[c] ?? 'error', ...json(ref('Error')) }]),
  );
const errorText: Record<number, string> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'idempotency_mismatch or workflow_rejected',
  429: 'rate_limited',
};
const items = (name: string) => ({
  type: 'object',
  properties: { items: { type: 'array', items: ref(name) } },
  required: ['items'],
});
const query = (name: string, description: string, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema: { type: 'string' },
});
const path = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const intake = [{ intakeKey: [] }, { agentToken: [] }];
const agent = [{ agentToken: [] }];

export function openapiDocument(version: string, publicUrl?: string): Record<string, unknown> {
  const paths: Record<string, Record<string, Op>> = {
    '/healthz': {
      get: {
        summary: 'Liveness',
        responses: {
          200: ok('ok', {
            type: 'object',
            properties: { ok: { const: true }, version: { type: 'string' } },
          }),
        },
      },
    },
    '/v1/tickets': {
      post: {
        summary: 'Intake of a ticket draft (idempotent by ticket id)',
        security: intake,
        requestBody: { required: true, ...json(ref('TicketDraft')) },
        responses: {
          201: ok('created', ref('IntakeReceipt')),
          200: ok('a retry of the same body: the same receipt', ref('IntakeReceipt')),
          ...errors(400, 401, 403, 409, 413, 415, 422, 429),
        },
      },
    },
    '/v1/tickets/{id}/attachments': {
      post: {
        summary: 'Attach a screenshot or image (PNG, JPEG, WebP; checked by its bytes)',
        security: [{ intakeKey: [], reporterToken: [] }, { agentToken: [] }],
        parameters: [
          path('id'),
          query('kind', 'screenshot | file'),
          query('name', 'file name'),
          query('annotations', 'number of annotations'),
        ],
        requestBody: {
          required: true,
          content: { 'image/png': {}, 'image/jpeg': {}, 'image/webp': {} },
        },
        responses: {
          201: ok('stored', ref('AttachmentMeta')),
          200: ok('the same bytes again', ref('AttachmentMeta')),
          ...errors(400, 401, 403, 404, 413, 415, 429),
        },
      },
    },
    '/v1/attachments/{id}': {
      get: {
        summary: 'The bytes of an attachment',
        security: [{ agentToken: [] }, { reporterToken: [] }],
        parameters: [path('id')],
        responses: { 200: { description: 'image bytes' }, ...errors(401, 403, 404) },
      },
    },
    '/v1/triage/preview': {
      post: {
        summary:
          'Classification, priority, promised due times and known issues while the user types',
        security: intake,
        requestBody: { required: true, ...json(ref('TriagePreviewInput')) },
        responses: { 200: ok('preview', ref('TriagePreview')), ...errors(400, 401, 403, 404, 429) },
      },
    },
    '/v1/known-issues/match': {
      get: {
        summary: 'Known issues matching what the user typed',
        security: intake,
        parameters: [query('app', 'app id', true), query('q', 'text', true)],
        responses: { 200: ok('matches', items('KnownIssueMatch')), ...errors(400, 401, 403) },
      },
    },
    '/v1/known-issues/{id}/deflections': {
      post: {
        summary: 'The workaround solved it (no ticket)',
        security: [{ intakeKey: [] }],
        parameters: [path('id')],
        requestBody: json({ type: 'object', properties: { summary: { type: 'string' } } }),
        responses: { 204: ok('counted'), ...errors(400, 401, 403, 404) },
      },
    },
    '/v1/known-issues': {
      get: {
        summary: 'Every known issue',
        security: agent,
        responses: { 200: ok('list', items('KnownIssue')), ...errors(401) },
      },
      post: {
        summary: 'Create a known issue (L2, L3, lead, admin)',
        security: agent,
        requestBody: { required: true, ...json(ref('KnownIssueInput')) },
        responses: { 201: ok('created', ref('KnownIssue')), ...errors(400, 401, 403, 409) },
      },
    },
    '/v1/known-issues/{id}': {
      put: {
        summary: 'Update a known issue (L2, L3, lead, admin)',
        security: agent,
        parameters: [path('id')],
        requestBody: { required: true, ...json(ref('KnownIssueInput')) },
        responses: { 200: ok('updated', ref('KnownIssue')), ...errors(400, 401, 403, 404) },
      },
    },
    '/v1/queue': {
      get: {
        summary: 'Open tickets by next SLA deadline, then number',
        security: agent,
        parameters: [
          query('tier', 'L1,L2,L3'),
          query('status', 'comma list; default: open statuses'),
          query('category', 'comma list'),
          query('priority', 'comma list'),
          query('app', 'comma list'),
          query('assignee', 'agent id, `me` or `none`'),
          query('limit', '1…200, default 50'),
          query('cursor', 'nextCursor of the previous page'),
        ],
        responses: {
          200: ok('a page', {
            type: 'object',
            properties: {
              items: { type: 'array', items: ref('QueueItem') },
              nextCursor: { type: ['string', 'null'] },
            },
            required: ['items', 'nextCursor'],
          }),
          ...errors(400, 401),
        },
      },
    },
    '/v1/tickets/{id}': {
      get: {
        summary: 'A ticket with its events, SLA state, runbook, known issues, incident',
        security: agent,
        parameters: [path('id')],
        responses: { 200: ok('the ticket', ref('TicketView')), ...errors(401, 404) },
      },
    },
    '/v1/tickets/{id}/actions': {
      post: {
        summary: 'Take a workflow action (reporters: user_replied, reopen)',
        security: [{ agentToken: [] }, { reporterToken: [] }],
        parameters: [path('id')],
        requestBody: { required: true, ...json(ref('TicketAction')) },
        responses: {
          200: ok('the changed ticket and its new events', {
            type: 'object',
            properties: {
              ticket: ref('Ticket'),
              events: { type: 'array', items: ref('TicketEvent') },
            },
            required: ['ticket', 'events'],
          }),
          ...errors(400, 401, 403, 404, 422),
        },
      },
    },
    '/v1/stream': {
      get: {
        summary: 'Server-Sent Events of the queue: ticket, sla, incident',
        security: [{ agentToken: [] }, { accessTokenQuery: [] }],
        responses: {
          200: { description: 'text/event-stream', content: { 'text/event-stream': {} } },
          ...errors(401),
        },
      },
    },
    '/v1/tickets/{id}/stream': {
      get: {
        summary: 'Server-Sent Events of one ticket',
        security: [{ agentToken: [] }, { accessTokenQuery: [] }, { reporterToken: [] }],
        parameters: [path('id')],
        responses: {
          200: { description: 'text/event-stream', content: { 'text/event-stream': {} } },
          ...errors(401, 403, 404),
        },
      },
    },
    '/v1/reporter/tickets': {
      post: {
        summary: "A reporter's own tickets, by their reporter tokens",
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            properties: { tokens: { type: 'array', items: { type: 'string' }, maxItems: 50 } },
            required: ['tokens'],
            additionalProperties: false,
          }),
        },
        responses: { 200: ok('their tickets', items('ReporterTicket')), ...errors(400, 429) },
      },
    },
    '/v1/me': {
      get: {
        summary: 'The calling agent',
        security: agent,
        responses: {
          200: ok('agent', {
            type: 'object',
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              role: { type: 'string' },
            },
          }),
          ...errors(401),
        },
      },
    },
    '/v1/config/public': {
      get: {
        summary: "The widget's app settings and the taxonomy",
        security: [{ intakeKey: [] }],
        parameters: [query('app', 'app id')],
        responses: { 200: ok('settings', { type: 'object' }), ...errors(401, 403) },
      },
    },
    '/v1/stats': {
      get: {
        summary: 'SLA attainment per priority, breaches, volume per app and category (lead, admin)',
        security: agent,
        responses: { 200: ok('stats', { type: 'object' }), ...errors(401, 403) },
      },
    },
    '/widget/{file}': {
      get: {
        summary: 'The built widget files',
        parameters: [path('file')],
        responses: { 200: { description: 'a file' }, ...errors(404) },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tierdesk hub API',
      version,
      description: 'See docs/api.md. Errors answer { error: { code, message, issues? } }.',
    },
    ...(publicUrl ? { servers: [{ url: publicUrl }] } : {}),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        intakeKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Tierdesk-Key',
          description: "An app's intake key, checked against Origin",
        },
        agentToken: { type: 'http', scheme: 'bearer', description: 'td_… agent token' },
        accessTokenQuery: {
          type: 'apiKey',
          in: 'query',
          name: 'access_token',
          description: 'Agent token for EventSource',
        },
        reporterToken: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Tierdesk-Reporter',
          description: 'rt_… reporter token of one ticket',
        },
      },
    },
  };
}
