// The `sla` section of the hub's configuration: calendars, definitions or policies, thresholds —
// the setup part of a case (docs/sla.md), parsed with zod/mini.
import * as z from 'zod/mini';
import { calendarSchema, timeZoneSchema } from '../calendar/calendarSchema';
import { definitionSchema, policySchema } from '../engine/definitionSchema';

export const slaConfigSchema = z.strictObject({
  calendars: z.array(calendarSchema),
  definitions: z.optional(z.array(definitionSchema)),
  policies: z.optional(z.array(policySchema)),
  /** Warning thresholds (percent) for definitions that set none. */
  thresholds: z.optional(z.array(z.number().check(z.gt(0), z.lte(1000)))),
  systemTimeZone: z.optional(timeZoneSchema),
  reopenWindowDays: z.optional(z.number().check(z.gte(0))),
  qualifyingChannels: z.optional(z.array(z.string())),
  missingPriority: z.optional(z.enum(['noSla', 'useDefault'])),
  defaultPriority: z.optional(z.string()),
});

export type SlaConfig = z.infer<typeof slaConfigSchema>;
