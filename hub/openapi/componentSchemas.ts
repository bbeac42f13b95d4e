// JSON Schemas of the API's shapes for the OpenAPI document: generated from the zod schemas
// where one exists (`z.toJSONSchema`), written here for the hub's own answers.
import {
  attachmentMetaSchema,
  classificationSchema,
  knownIssueSchema,
  ticketDraftSchema,
  ticketEventSchema,
  ticketStateSchema,
} from '@tierdesk/core';
import * as z from 'zod/mini';
import { ticketActionSchema } from '../domain/workflow';
import { knownIssueInputSchema } from '../routes/knownIssueRoutes';
import { triagePreviewInputSchema } from '../routes/triageRoutes';

type Json = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const instant = { type: 'string', format: 'date-time' };
const nullable = (s: Json) => ({ anyOf: [s, { type: 'null' }] });
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
});
const enumOf = (...values: string[]) => ({ type: 'string', enum: values });

const fromZod: Record<string, z.ZodMiniType> = {
  TicketDraft: ticketDraftSchema,
  Ticket: ticketStateSchema,
  TicketEvent: ticketEventSchema,
  AttachmentMeta: attachmentMetaSchema,
  KnownIssue: knownIssueSchema,
  KnownIssueInput: knownIssueInputSchema,
  Classification: classificationSchema,
  TicketAction: ticketActionSchema,
  TriagePreviewInput: triagePreviewInputSchema,
};

/** Every component schema; a zod schema's own `$defs` become components named `<Schema>_<def>`. */
export function componentSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(fromZod)) {
    const generated = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      unrepresentable: 'any',
      io: 'input',
    }) as Json;
    const { $schema: _s, $defs, ...rest } = generated;
    const rewrite = (value: unknown) =>
      JSON.parse(
        JSON.stringify(value)
          .replaceAll('"#/$defs/', `"#/components/schemas/${name}_`)
          .replaceAll('"#"', `"#/components/schemas/${name}"`),
      );
    out[name] = rewrite(rest);
    for (const [def, body] of Object.entries(($defs ?? {}) as Json))
      out[`${name}_${def}`] = rewrite(body);
  }
  const tier = enumOf('L1', 'L2', 'L3');
  const priority = enumOf('P1', 'P2', 'P3', 'P4', 'P5');
  const status = enumOf('new', 'triaged', 'in_progress', 'waiting_on_user', 'resolved', 'closed');
  const slaDue = obj({ firstResponse: nullable(instant), resolution: nullable(instant) });
  const knownIssueMatch = obj({
    id: str,
    title: str,
    workaround: str,
    score: { type: 'number' },
    matchedTerms: { type: 'array', items: str },
  });
  const queueItem = obj({
    id: str,
    number: str,
    summary: str,
    app: obj({ id: str, name: str }),
    category: str,
    tier,
    priority,
    status,
    assignee: nullable(str),
    reporterName: nullable(str),
    createdAt: instant,
    updatedAt: instant,
    nextDueAt: nullable(instant),
    nextDueTimer: nullable(str),
    slaPct: nullable({ type: 'number' }),
    breached: { type: 'boolean' },
    paused: { type: 'boolean' },
    incidentId: nullable(str),
    majorIncident: { type: 'boolean' },
    needsTriage: { type: 'boolean' },
  });
  return {
    ...out,
    Error: obj({
      error: obj(
        {
          code: str,
          message: str,
          issues: { type: 'array', items: obj({ path: str, message: str }) },
        },
        ['code', 'message'],
      ),
    }),
    SlaDue: slaDue,
    KnownIssueMatch: knownIssueMatch,
    QueueItem: queueItem,
    IntakeReceipt: obj({
      id: str,
      number: str,
      status,
      category: str,
      tier,
      priority,
      classification: ref('Classification'),
      due: ref('SlaDue'),
      reporterToken: str,
      incident: nullable(obj({ id: str, major: { type: 'boolean' }, size: { type: 'integer' } })),
    }),
    TriagePreview: obj({
      classification: ref('Classification'),
      priority,
      due: ref('SlaDue'),
      knownIssues: { type: 'array', items: ref('KnownIssueMatch') },
    }),
    TicketSlaState: {
      type: 'object',
      description: 'Every SLA timer of the ticket (core/sla TicketSlaState).',
    },
    TicketView: obj({
      ticket: ref('Ticket'),
      events: { type: 'array', items: ref('TicketEvent') },
      sla: ref('TicketSlaState'),
      runbook: { type: 'array', items: str },
      knownIssues: { type: 'array', items: ref('KnownIssueMatch') },
      incident: nullable(
        obj({
          id: str,
          major: { type: 'boolean' },
          ticketIds: { type: 'array', items: str },
          reporters: { type: 'integer' },
        }),
      ),
      similar: { type: 'array', items: ref('QueueItem') },
    }),
    ReporterTicket: obj({
      id: str,
      number: str,
      summary: str,
      status,
      priority,
      due: ref('SlaDue'),
      updatedAt: instant,
      resolution: nullable(str),
    }),
  };
}
