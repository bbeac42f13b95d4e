// The `sla` section of the hub's configuration: calendars, definitions or policies, thresholds —
// the setup part of a case (docs/sla.md), parsed with zod/mini.
import * as z from 'zod/mini';
import { calendarSchema, timeZoneSchema } from '../calendar/calendarSchema';
import { definitionSchema, policySchema } from '../engine/definitionSchema';
import { majorIncidentSchema } from '../engine/majorIncident';
import { compileSlaSetup } from '../engine/compileSlaCase';
import { SlaInputError } from '../slaErrors';

const slaConfigShape = z.strictObject({
  calendars: z.array(calendarSchema),
  definitions: z.optional(z.array(definitionSchema)),
  policies: z.optional(z.array(policySchema)),
  /** R48: the targets a major incident gets (24×7 unless it names a calendar). */
  majorIncident: z.optional(majorIncidentSchema),
  /** Warning thresholds (percent) for definitions that set none. */
  thresholds: z.optional(z.array(z.number().check(z.gt(0), z.lte(1000)))),
  systemTimeZone: z.optional(timeZoneSchema),
  reopenWindowDays: z.optional(z.number().check(z.gte(0))),
  qualifyingChannels: z.optional(z.array(z.string())),
  missingPriority: z.optional(z.enum(['noSla', 'useDefault'])),
  defaultPriority: z.optional(z.string()),
});

/**
 * The config section, checked as the engine will read it: a calendar without working time, a
 * reference to an unknown calendar or a custom metric without conditions is reported here, at
 * start-up, naming the field — not when the first ticket is evaluated.
 */
export const slaConfigSchema = slaConfigShape.check(
  z.superRefine((config, ctx) => {
    try {
      compileSlaSetup(config);
    } catch (e) {
      if (!(e instanceof SlaInputError)) throw e;
      ctx.addIssue({
        code: 'custom',
        message: e.message.slice(e.path.length + 2),
        path: e.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
        input: config,
      });
    }
  }),
);

export type SlaConfig = z.infer<typeof slaConfigShape>;
