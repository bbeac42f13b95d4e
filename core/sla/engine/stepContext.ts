// What conditions read at one step of the replay (R14, R20): the ticket's facts after and before
// the event, by field name, with the status category and the priority default (R41) applied.
import type { ConditionContext, FieldValue } from './condition';
import type { CompiledDefinition, CompiledSetup } from './compileSlaCase';
import type { FactsStep, TicketFacts } from './ticketFacts';

/**
 * A field as conditions see it: `status` is the category, `statusName` the raw status,
 * `createdAt` an ISO instant, a missing priority the setup's default (R41).
 * @example factField(setup, step.after, 'priority') // 'P3'
 */
export function factField(setup: CompiledSetup, f: TicketFacts | null, field: string): unknown {
  if (!f) return undefined;
  if (field === 'status') return f.status;
  if (field === 'statusName') return f.fields.get('status');
  if (field === 'createdAt') return new Date(f.createdAt).toISOString();
  const v = f.fields.get(field);
  if (field === 'priority' && (v === undefined || v === null))
    return setup.missingPriority === 'useDefault' ? setup.defaultPriority : null;
  return v;
}

/** An instant read from a field's text, or null. */
export function instantOf(v: FieldValue | undefined): number | null {
  if (typeof v !== 'string') return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

/**
 * Where a retroactive start counts from (R27): the definition's start field read as an instant,
 * else the ticket's creation.
 * @example retroactiveStart(setup, def, step.after) // step.after.createdAt without a startField
 */
export function retroactiveStart(
  setup: CompiledSetup,
  def: CompiledDefinition,
  f: TicketFacts,
): number {
  const field = def.input.retroactive?.startField ?? 'createdAt';
  return instantOf(factField(setup, f, field) as FieldValue) ?? f.createdAt;
}

/** What conditions read at one step (a class, so no closures are made per step and definition). */
export class StepContext implements ConditionContext {
  constructor(
    private readonly setup: CompiledSetup,
    private readonly step: FactsStep,
  ) {}
  get eventType(): string {
    return this.step.type;
  }
  get(field: string): unknown {
    return factField(this.setup, this.step.after, field);
  }
  getBefore(field: string): unknown {
    return factField(this.setup, this.step.before, field);
  }
}
