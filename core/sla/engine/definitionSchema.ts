// SLA definitions (R14), their targets and goals (R40), and policies ordered by position (R39).
import * as z from 'zod/mini';
import { conditionSchema } from './condition';
import { parseDuration } from './duration';

export const metrics = [
  'first_response',
  'next_response',
  'periodic_update',
  'pausable_update',
  'resolution',
  'requester_wait',
  'agent_work',
  'ownership',
  'custom',
] as const;
export type Metric = (typeof metrics)[number];

export const statusCategories = [
  'new',
  'open',
  'pending',
  'on_hold',
  'solved',
  'closed',
  'merged',
] as const;
export type StatusCategory = (typeof statusCategories)[number];

const instant = z.iso.datetime({ offset: false, message: 'expected a UTC ISO-8601 instant' });
const durationText = z.string().check(
  z.refine((s) => (parseDuration(s) ?? 0) > 0, {
    error: (iss) => `'${String(iss.input)}' is not a positive duration (e.g. "8h", "1d 4h", "30m")`,
  }),
);
const positiveSeconds = z.number().check(
  z.refine((n) => Number.isFinite(n) && n > 0, {
    error: (iss) => `a target must be positive, got ${String(iss.input)} seconds`,
  }),
);

/** A target: working time ("8h", {seconds}), n business days, or a due date read from a field. */
export const targetSchema = z.union([
  durationText,
  z.strictObject({ seconds: positiveSeconds }),
  z.strictObject({ duration: durationText }),
  z.strictObject({
    businessDays: z.int().check(z.gte(1, 'businessDays must be at least 1')),
    endOfDay: z.optional(z.boolean()),
  }),
  z.strictObject({ dueField: z.string().check(z.minLength(1)) }),
]);
export type TargetInput = z.infer<typeof targetSchema>;

/** A calendar id, or null for 24×7 (no calendar, R1). */
const calendarRef = z.nullable(z.string().check(z.minLength(1)));

export const goalSchema = z.strictObject({
  when: z.optional(conditionSchema),
  target: targetSchema,
  calendar: z.optional(calendarRef),
  label: z.optional(z.string()),
});
export type Goal = z.infer<typeof goalSchema>;

export const timeZoneSources = [
  'definition',
  'requester',
  'requesterLocation',
  'ciLocation',
  'ticketLocation',
] as const;

export const definitionSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.optional(z.string()),
  type: z.optional(z.enum(['SLA', 'OLA', 'UC'])),
  metric: z.enum(metrics),
  /** One target, or ordered goals (first match wins; a goal without `when` is "all remaining"). */
  target: z.optional(targetSchema),
  goals: z.optional(z.array(goalSchema).check(z.minLength(1))),
  calendar: z.optional(calendarRef),
  timeZoneSource: z.optional(z.enum(timeZoneSources)),
  timeZone: z.optional(z.string()),
  /** Applies only while this holds (e.g. a tier's OWNERSHIP OLA: `group = L1`). */
  filter: z.optional(conditionSchema),
  /** ServiceNow-style conditions: required for `custom`, ignored by the built-in metrics. */
  conditions: z.optional(
    z.strictObject({
      start: conditionSchema,
      stop: conditionSchema,
      pause: z.optional(conditionSchema),
      resume: z.optional(conditionSchema),
      cancel: z.optional(conditionSchema),
      reset: z.optional(conditionSchema),
    }),
  ),
  /** Status categories that pause a built-in metric (defaults per R31–R36). */
  pauseIn: z.optional(z.array(z.enum(statusCategories))),
  whenToCancel: z.optional(z.enum(['startNotMet', 'cancelMet', 'never'])),
  whenToResume: z.optional(z.enum(['pauseNotMet', 'resumeMet'])),
  retroactive: z.optional(
    z.strictObject({ startField: z.string(), includePausesSince: z.optional(z.boolean()) }),
  ),
  onTargetChange: z.optional(z.enum(['recalculate', 'restart', 'restartRetroactive'])),
  onReopen: z.optional(z.enum(['resumeCycle', 'newCycle'])),
  thresholds: z.optional(z.array(z.number().check(z.gt(0), z.lte(1000)))),
  /** Absolute "time left" warnings (JSM display thresholds, R43), e.g. [{ timeLeft: '1h' }]. */
  timeLeftThresholds: z.optional(
    z.array(z.strictObject({ timeLeft: durationText, label: z.optional(z.string()) })),
  ),
  /** Notification offsets in business time before the deadline (R44), e.g. [{ before: '1h' }]. */
  escalations: z.optional(
    z.array(z.strictObject({ before: durationText, label: z.optional(z.string()) })),
  ),
  notifyIfBreachedOnAttach: z.optional(z.boolean()),
  /** Hold threshold and escalation notifications to working hours (decision 7, E9). */
  quietHours: z.optional(z.boolean()),
  /** Functional escalation (R45): on breach, set these ticket fields (e.g. { group: 'L2' }). */
  onBreach: z.optional(
    z.strictObject({
      set: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    }),
  ),
  active: z.optional(z.boolean()),
  /** Versioning (R20): this version applies from this instant on. */
  effectiveFrom: z.optional(instant),
});
export type DefinitionInput = z.infer<typeof definitionSchema>;

export const policySchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: z.optional(z.string()),
  position: z.int(),
  filter: z.optional(
    z.strictObject({
      all: z.optional(z.array(conditionSchema)),
      any: z.optional(z.array(conditionSchema)),
    }),
  ),
  calendar: z.optional(calendarRef),
  targets: z.array(
    z.strictObject({
      metric: z.enum(metrics),
      priority: z.optional(z.string()),
      target: targetSchema,
      /** false: calendar hours (24×7) instead of the policy's business hours. */
      businessHours: z.optional(z.boolean()),
    }),
  ),
});
export type PolicyInput = z.infer<typeof policySchema>;
