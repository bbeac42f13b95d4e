// The JSON case `tierdesk sla` reads and `evaluate` takes: calendars, definitions or policies, the
// ticket's event log and `now` (R51), plus the expected result a case may carry (docs/sla.md).
import * as z from 'zod/mini';
import { calendarSchema, timeZoneSchema } from '../calendar/calendarSchema';
import { definitionSchema, policySchema, statusCategories } from './definitionSchema';
import { majorIncidentSchema } from './majorIncident';

const instant = z.iso.datetime({ offset: false, message: 'expected a UTC ISO-8601 instant' });
const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const caseEventTypes = [
  'created',
  'update',
  'agent_reply',
  'internal_note',
  'customer_message',
] as const;

export const caseEventSchema = z.strictObject({
  at: instant,
  type: z.enum(caseEventTypes),
  /** Ticket fields this event sets: status, priority, group, assignee, or any field a condition reads. */
  set: z.optional(z.record(z.string(), fieldValue)),
  /** Who acted: decides whether `created` counts as a customer message. */
  by: z.optional(z.enum(['agent', 'customer', 'system'])),
  /** Reply channel (email, phone, portal, note, …); see `qualifyingChannels`. */
  channel: z.optional(z.string()),
  /** For agent replies: false makes it internal (never a response, R31). Default true. */
  public: z.optional(z.boolean()),
  note: z.optional(z.string()),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const slaCaseSchema = z.strictObject({
  description: z.optional(z.string()),
  calendars: z.optional(z.array(calendarSchema)),
  definitions: z.optional(z.array(definitionSchema)),
  policies: z.optional(z.array(policySchema)),
  /** R48: the targets a major incident gets (24×7 unless it names a calendar). */
  majorIncident: z.optional(majorIncidentSchema),
  events: z
    .array(caseEventSchema)
    .check(z.minLength(1, 'a timeline needs at least its created event')),
  now: instant,
  /** Custom status names → categories (R31–R36 read categories). */
  statusMap: z.optional(z.record(z.string(), z.enum(statusCategories))),
  /** Zone of floating calendars when the ticket gives none (R5). Default UTC. */
  systemTimeZone: z.optional(timeZoneSchema),
  /** R41: what a ticket without priority gets. Default 'useDefault' (P3). */
  missingPriority: z.optional(z.enum(['noSla', 'useDefault'])),
  defaultPriority: z.optional(z.string()),
  /** R30: a reopen within this many days resumes the cycle. Default 14. */
  reopenWindowDays: z.optional(z.number().check(z.gte(0))),
  /** Agent reply channels that count as a response (R31); default: every public reply. */
  qualifyingChannels: z.optional(z.array(z.string())),
  /** Whether the public comment of a ticket an agent created counts as the first response (R31). */
  agentCreatedCommentQualifies: z.optional(z.boolean()),
  /** Warning thresholds (percent) for definitions that set none. Default [50, 75, 100]. */
  thresholds: z.optional(z.array(z.number().check(z.gt(0), z.lte(1000)))),
  /** The expected result (a subset), checked by tests and by `tierdesk sla --check`. */
  expect: z.optional(z.record(z.string(), z.unknown())),
});
export type SlaCase = z.infer<typeof slaCaseSchema>;
