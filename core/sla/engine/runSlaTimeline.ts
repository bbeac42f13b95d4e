// The state machine (R16–R19, R29, R30, R45): replays the ticket's log in order, each event
// through every definition, and returns the instances as they stand at `now`.
import { mergeSpans, subtractSpans, withSpan } from '../time/spans';
import { isoInstant as iso } from '../time/isoInstant';
import { applyGoal, followCalendarVersion } from './applyGoal';
import { nextEscalation } from './nextEscalation';
import { resumeCycle } from './resumeCycle';
import type { ConditionContext } from './condition';
import { matchCondition } from './condition';
import type {
  CompiledCase,
  CompiledDefinition,
  CompiledGoal,
  CompiledSetup,
} from './compileSlaCase';
import { definitionIndex, versionAt, type DefinitionIndex } from './definitionIndex';
import { metricSignals, noSignals, type Signals } from './metricSignals';
import {
  createInstance,
  dueAt,
  observeUntil,
  planFits,
  replan,
  replanForPause,
  settleAt,
  type SlaInstance,
  type Stage,
} from './slaInstance';
import type { CaseEvent } from './slaCaseSchema';
import { retroactiveStart, StepContext } from './stepContext';
import { FactsReplay } from './factsReplay';
import { DefinitionTrack } from './definitionTrack';
import { CaseEventLog, type ReplayLog } from './replayLog';
import type { FactsStep } from './ticketFacts';

export type { ReplayLog };

/** One replay of a compiled case (methods, not closures made per call: the hub's hot path). */
class Timeline {
  readonly instances: SlaInstance[] = [];
  /**
   * Running instances in the order they (re)started: kept only when a definition escalates on
   * breach (R45), the one reader of that order.
   */
  readonly active: Map<string, SlaInstance> | null;
  /** Per definition (by index): its running and last instance, its pause history. */
  readonly tracks: DefinitionTrack[] = [];
  /** The ticket's facts, folded in place event by event; one step and one context read them. */
  readonly facts: FactsReplay;
  readonly ctx: StepContext;
  cursor = -Infinity;
  readonly index: DefinitionIndex;
  /** One signals object filled per definition and step (no allocation per call). */
  readonly signals: Signals = noSignals();
  constructor(
    readonly c: CompiledSetup,
    readonly log: ReplayLog,
    /** Read as the last entry's instant when earlier. */
    readonly now: number,
  ) {
    this.index = definitionIndex(c.definitions, c.calendarChanges);
    this.active = this.index.escalates ? new Map() : null;
    this.facts = new FactsReplay({ statusOf: c.statusOf, majorField: c.majorField }, log.layout);
    this.ctx = new StepContext(c, this.facts.step);
    for (let n = 0; n < this.index.ids.length; n++) {
      this.tracks.push(new DefinitionTrack());
    }
  }

  /** Ends `inst`, the running instance of definition `n`. */
  end(inst: SlaInstance, stage: Stage, t: number, reason: string, n: number) {
    const since = inst.pausedSince;
    if (since !== null) {
      inst.pauses = withSpan(inst.pauses, since, t);
      inst.pausedSince = null;
    }
    inst.stage = stage;
    inst.stopTime = t;
    inst.stopReason = reason;
    // Stopping changes the plan only through a pause it closes (or a newer definition version).
    if (!planFits(inst)) replan(inst);
    else if (since !== null) replanForPause(inst, since);
    this.active?.delete(inst.def.id);
    this.tracks[n]!.active = undefined;
  }

  attach(
    n: number,
    def: CompiledDefinition,
    sig: Signals,
    step: FactsStep,
    goal: CompiledGoal,
    startAt: number,
    withPastPauses: boolean,
  ) {
    const t = step.at;
    const track = this.tracks[n]!;
    const prev = track.last;
    if (prev && resumeCycle(this.c, prev, def, sig.pause, step, goal)) {
      this.active?.set(def.id, prev);
      track.active = prev;
      settleAt(prev, t, true);
      return;
    }
    const inst = createInstance(def, (prev?.cycle ?? 0) + 1, goal, startAt, t);
    if (withPastPauses && startAt < t) {
      inst.pauses = subtractSpans(mergeSpans(track.pausesBefore(t)), [-Infinity, startAt]);
      if (inst.pauses.length)
        inst.notes.push('pauses since the start taken from the event log (R27)');
    }
    if (sig.pause) {
      inst.pausedSince = t;
      inst.stage = 'paused';
    }
    applyGoal(this.c, inst, goal, step.after, `definitions.${def.id}`, t);
    inst.originalDueAt = dueAt(inst);
    if (startAt < t) inst.notes.push(`attached ${iso(t)}, counting from ${iso(startAt)}`);
    this.instances.push(inst);
    this.active?.set(def.id, inst);
    track.active = inst;
    track.last = inst;
    // R28: crossed already at attach → marked, not notified (unless the definition asks).
    settleAt(inst, t, startAt >= t || (def.input.notifyIfBreachedOnAttach ?? false));
  }

  processDefinition(n: number, step: FactsStep, ctx: ConditionContext) {
    const id = this.index.ids[n]!;
    const def = this.index.always[n] ?? versionAt(this.index, n, step.at);
    const track = this.tracks[n]!;
    const inst = track.active;
    const t = step.at;
    if (!def) return;
    // The status seldom changes from one step to the next: pauseIn is asked when it does.
    const inPauseStatus = track.pausedIn(def.pauseIn, step.after.status);
    const sig = metricSignals(def, step, ctx, this.c.hasFirstResponse, this.signals, inPauseStatus);
    track.notePause(sig.pause, t);
    // Nothing runs and nothing starts (a met first response, the usual case): no goal to select.
    if (!inst && !(sig.start && !sig.stop && !sig.cancel)) return;
    const filterOk = def.input.filter ? matchCondition(def.input.filter, ctx) : true;
    // R48: while the ticket is a major incident, the major-incident set's target applies.
    const goal = !filterOk
      ? null
      : def.majorGoal !== null && step.after.major
        ? def.majorGoal
        : def.selectGoal(ctx);
    let again: { startAt: number; pastPauses: boolean } | null = null;
    if (inst) {
      inst.def = def;
      if (!def.active) this.end(inst, 'cancelled', t, 'definition deactivated (E8)', n);
      else if (sig.stop) this.end(inst, 'completed', t, 'stopped', n);
      else if (sig.reset && sig.start && goal) {
        this.end(inst, 'completed', t, 'reset', n);
        again = { startAt: sig.startAt, pastPauses: false };
      } else if (sig.cancel) this.end(inst, 'cancelled', t, 'cancel condition met', n);
      else if (!filterOk)
        this.end(
          inst,
          def.metric === 'ownership' ? 'completed' : 'cancelled',
          t,
          'filter no longer matches',
          n,
        );
      else if (!goal) this.end(inst, 'cancelled', t, 'no target applies any more', n);
      else {
        const paused = inst.pausedSince !== null;
        const wantPause = paused
          ? def.whenToResume === 'pauseNotMet'
            ? sig.pause
            : !sig.resume
          : sig.pause;
        if (wantPause && !paused) {
          inst.pausedSince = t;
          inst.stage = 'paused';
          // Nothing reads the plan while paused; it is kept if the pause can move none of it.
          replanForPause(inst, t);
        } else if (!wantPause && paused) {
          const since = inst.pausedSince!;
          // R59: a zero-length pause is a no-op.
          if (t > since) inst.pauses = withSpan(inst.pauses, since, t);
          inst.pausedSince = null;
          inst.stage = 'in_progress';
          replanForPause(inst, since);
        }
        if (goal.key !== inst.goal.key) {
          const mode = def.onTargetChange;
          if (mode === 'recalculate') {
            inst.targetChanges.push({ at: t, from: inst.goal.source, to: goal.source, mode });
            applyGoal(this.c, inst, goal, step.after, `definitions.${id}`, t);
            // Only a new target can cross a threshold or a breach at this instant (R25);
            // pausing and resuming cannot, and time alone is handled by observeUntil.
            settleAt(inst, t, true);
          } else {
            this.end(inst, 'cancelled', t, `target changed (${mode})`, n);
            again =
              mode === 'restart'
                ? { startAt: t, pastPauses: false }
                : {
                    startAt: retroactiveStart(this.c, def, step.after),
                    pastPauses: def.input.retroactive?.includePausesSince ?? false,
                  };
          }
        }
      }
    }
    if (!def.active || track.active !== undefined || !goal) return;
    if (again) this.attach(n, def, sig, step, goal, again.startAt, again.pastPauses);
    else if (sig.start && !sig.stop && !sig.cancel) {
      const retro = def.input.retroactive;
      const startAt = retro ? retroactiveStart(this.c, def, step.after) : sig.startAt;
      const pastPauses = retro ? (retro.includePausesSince ?? false) : def.metric !== 'custom';
      this.attach(n, def, sig, step, goal, startAt, pastPauses);
    }
  }

  process(event: CaseEvent | null, at: number) {
    const step = this.facts.fold(event, at);
    for (let n = 0; n < this.index.ids.length; n++) this.processDefinition(n, step, this.ctx);
    this.cursor = at;
  }

  advance(t: number) {
    // R45: an OWNERSHIP breach with an escalation rule reassigns at the breach instant.
    while (this.index.escalates) {
      const next = nextEscalation(this.active!.values(), this.cursor, t);
      if (!next) break;
      for (const inst of this.active!.values()) observeUntil(inst, next.at);
      next.inst.escalated = true;
      next.inst.notes.push(
        `breach at ${iso(next.at)} escalated: ${JSON.stringify(next.inst.def.input.onBreach!.set)} (R45)`,
      );
      this.process(
        { at: iso(next.at), type: 'update', set: next.inst.def.input.onBreach!.set, by: 'system' },
        next.at,
      );
    }
    // Each instance observes on its own, so the array's order serves as well as attach order.
    for (let n = 0; n < this.tracks.length; n++) {
      const inst = this.tracks[n]!.active;
      if (inst !== undefined) observeUntil(inst, t);
    }
  }

  /** Re-evaluates at each definition version change up to `until` (R20, R42): the next one. */
  changesUntil(k: number, until: number): number {
    const changes = this.index.changes;
    for (; this.facts.started && k < changes.length && changes[k]! <= until; k++) {
      if (changes[k]! > this.cursor) {
        this.advance(changes[k]!);
        // A definition version begins: every definition steps (R20). A calendar alone changes:
        // only timers on it are re-evaluated (R9).
        if (!this.index.calendarOnly.has(changes[k]!)) this.process(null, changes[k]!);
        else this.cursor = changes[k]!;
        // R9: running and paused timers follow their calendar's new version.
        if (this.c.calendarChanges.length > 0)
          for (const { active: inst } of this.tracks)
            if (inst) followCalendarVersion(this.c, inst, this.facts.step.after, changes[k]!);
      }
    }
    return k;
  }

  /** Replays the log, each entry at its instant, then up to `now`. */
  run(): SlaInstance[] {
    const log = this.log;
    let k = 0;
    let last = -Infinity;
    while (log.next()) {
      const at = (last = log.at);
      k = this.changesUntil(k, at);
      this.advance(at);
      const step = log.fold(this.facts);
      for (let n = 0; n < this.index.ids.length; n++) this.processDefinition(n, step, this.ctx);
      this.cursor = at;
    }
    const now = Math.max(this.now, last);
    this.changesUntil(k, now);
    this.advance(now);
    return this.instances;
  }
}

/** Replays the compiled case; instances in the order they attached. */
export function runSlaTimeline(c: CompiledCase): SlaInstance[] {
  const log = new CaseEventLog(
    c.events.map((e) => e.event),
    c.events.map((e) => e.at),
  );
  return new Timeline(c, log, c.now).run();
}

/**
 * Replays `log` against a compiled setup (compiled once: the hub's path) up to `now`, or its last
 * entry's instant if later.
 * @example replaySlaLog(setup, new TicketReplayLog(events, true), now)
 */
export function replaySlaLog(setup: CompiledSetup, log: ReplayLog, now: number): SlaInstance[] {
  return new Timeline(setup, log, now).run();
}
