// R30 `resumeCycle` (GLPI): a reopen within the reopen window resumes the instance the solve
// completed, and the solved span counts as a pause, so the deadline moves by it in business time.
import { isoInstant as iso } from '../time/isoInstant';
import { withSpan } from '../time/spans';
import { applyGoal } from './applyGoal';
import type { CompiledDefinition, CompiledGoal, CompiledSetup } from './compileSlaCase';
import { replanForPause, type SlaInstance, type SlaNote } from './slaInstance';
import type { FactsStep } from './ticketFacts';

/** The note a resumed cycle carries, formatted only when an explanation reads it. */
class ReopenNote implements SlaNote {
  constructor(readonly at: number) {}
  toString(): string {
    return `reopened ${iso(this.at)} within the window: cycle resumed, the solved span counts as a pause (R30)`;
  }
}

/**
 * Resumes `prev` (the definition's last instance) if this step reopens it within the window;
 * false when a new cycle is due instead.
 * @example resumeCycle(setup, lastResolution, def, false, reopenStep, goal) // true
 */
export function resumeCycle(
  setup: CompiledSetup,
  prev: SlaInstance,
  def: CompiledDefinition,
  paused: boolean,
  step: FactsStep,
  goal: CompiledGoal,
): boolean {
  const t = step.at;
  if (
    def.onReopen !== 'resumeCycle' ||
    !step.reopened ||
    prev.stage !== 'completed' ||
    prev.stopReason !== 'stopped' ||
    prev.stopTime === null ||
    t - prev.stopTime > setup.reopenWindowMs
  )
    return false;
  const solvedAt = prev.stopTime;
  prev.pauses = withSpan(prev.pauses, solvedAt, t);
  prev.notes.push(new ReopenNote(t));
  prev.stopTime = null;
  prev.stopReason = null;
  prev.stage = paused ? 'paused' : 'in_progress';
  prev.pausedSince = paused ? t : null;
  prev.def = def;
  if (goal.key !== prev.goal.key)
    applyGoal(setup, prev, goal, step.after, `definitions.${def.id}`, t);
  // The solved span is a pause: the plan holds if it planned nothing after the solve.
  replanForPause(prev, solvedAt);
  return true;
}
