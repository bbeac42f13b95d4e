// Conditions over the ticket's fields (R14, R20): only fields whose changes are in the event log.
import * as z from 'zod/mini';

export type FieldValue = string | number | boolean | null;
export type Condition =
  | {
      field: string;
      eq?: FieldValue;
      ne?: FieldValue;
      in?: FieldValue[];
      notIn?: FieldValue[];
      exists?: boolean;
      changed?: boolean;
    }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { event: string | string[] };

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({
      field: z.string().check(z.minLength(1)),
      eq: z.optional(value),
      ne: z.optional(value),
      in: z.optional(z.array(value)),
      notIn: z.optional(z.array(value)),
      exists: z.optional(z.boolean()),
      changed: z.optional(z.boolean()),
    }),
    z.strictObject({ all: z.array(conditionSchema) }),
    z.strictObject({ any: z.array(conditionSchema) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ event: z.union([z.string(), z.array(z.string())]) }),
  ]),
);

/** What a condition reads: the ticket's fields after and before the event, and the event's kind. */
export interface ConditionContext {
  get(field: string): unknown;
  getBefore(field: string): unknown;
  eventType: string;
}

/**
 * Whether `condition` holds in `ctx`. A field condition with several tests needs all of them.
 * @example matchCondition({ field: 'priority', in: ['P1', 'P2'] }, ctx)
 */
export function matchCondition(condition: Condition, ctx: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((c) => matchCondition(c, ctx));
  if ('any' in condition) return condition.any.some((c) => matchCondition(c, ctx));
  if ('not' in condition) return !matchCondition(condition.not, ctx);
  if ('event' in condition) {
    const types = Array.isArray(condition.event) ? condition.event : [condition.event];
    return types.includes(ctx.eventType);
  }
  const v = ctx.get(condition.field) ?? null;
  if (condition.eq !== undefined && v !== condition.eq) return false;
  if (condition.ne !== undefined && v === condition.ne) return false;
  if (condition.in && !condition.in.includes(v as FieldValue)) return false;
  if (condition.notIn && condition.notIn.includes(v as FieldValue)) return false;
  if (condition.exists !== undefined && (v !== null) !== condition.exists) return false;
  if (condition.changed !== undefined) {
    const before = ctx.getBefore(condition.field) ?? null;
    // A first value (no value before) is not a change: "assignment group changes" means a move.
    const changed = before !== null && before !== v;
    if (changed !== condition.changed) return false;
  }
  return true;
}
