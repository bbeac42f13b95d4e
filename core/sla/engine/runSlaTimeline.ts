// The state machine (R16–R19, R29, R30, R45): replays the ticket's log in order, each event
// through every definition, and returns the instances as they stand at `now`.
import { businessDaysDue } from '../time/businessDaysDue';
import { isWorkingInstant, nextWorkingInstant } from '../time/nextWorkingInstant';
import { mergeSpans, subtractSpans, withSpan } from '../time/spans';
import { workingTime } from '../time/workingTime';
import type { ConditionContext, FieldValue } from './condition';
import { matchCondition } from './condition';
import type {
  CompiledCase,
  CompiledDefinition,
  CompiledGoal,
  CompiledSetup,
} from './compileSlaCase';
import { metricSignals, type Signals } from './metricSignals';
import {
  dueAt,
  observeUntil,
  pastHorizon,
  planFits,
  replan,
  settleAt,
  type SlaInstance,
  type Stage,
} from './slaInstance';
import {
  foldTicketFacts,
  type FactsOptions,
  type FactsStep,
  type TicketFacts,
} from './ticketFacts';
import { isoInstant as iso } from '../time/isoInstant';
import type { CaseEvent } from './slaCaseSchema';

const tzFields = {
  requester: 'requesterTimeZone',
  requesterLocation: 'requesterLocationTimeZone',
  ciLocation: 'ciTimeZone',
  ticketLocation: 'locationTimeZone',
} as const;

function instantOf(v: FieldValue | undefined): number | null {
  if (typeof v !== 'string') return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

/** What a replay needs of the definitions, worked out once per compiled setup. */
interface DefinitionIndex {
  /** Definition ids in the setup's order, with their versions (oldest first). */
  ids: string[];
  versions: CompiledDefinition[][];
  /** The instants definitions change version (R20), sorted. */
  changes: number[];
  /** Whether any definition escalates on breach (R45): only then is there a breach to look for. */
  escalates: boolean;
}

const indexes = new WeakMap<CompiledSetup['definitions'], DefinitionIndex>();

function definitionIndex(definitions: CompiledSetup['definitions']): DefinitionIndex {
  let index = indexes.get(definitions);
  if (!index) {
    const changes = [...new Set([...definitions.values()].flat().map((d) => d.from))]
      .filter((t) => Number.isFinite(t))
      .sort((a, b) => a - b);
    const versions = [...definitions.values()];
    const escalates = versions.some((v) => v.some((d) => d.input.onBreach !== undefined));
    index = { ids: [...definitions.keys()], versions, changes, escalates };
    indexes.set(definitions, index);
  }
  return index;
}

/** What conditions read at one step (a class, so no closures are made per step and definition). */
class StepContext implements ConditionContext {
  constructor(
    private readonly run: Timeline,
    private readonly step: FactsStep,
  ) {}
  get eventType(): string {
    return this.step.type;
  }
  get(field: string): unknown {
    return this.run.read(this.step.after, field);
  }
  getBefore(field: string): unknown {
    return this.run.read(this.step.before, field);
  }
}

/** One replay of a compiled case (methods, not closures made per call: the hub's hot path). */
class Timeline {
  readonly instances: SlaInstance[] = [];
  readonly active = new Map<string, SlaInstance>();
  readonly last = new Map<string, SlaInstance>();
  /** Per definition (by index): its running instance, and when its pause condition held. */
  readonly activeAt: (SlaInstance | undefined)[] = [];
  readonly pauseHistory: { spans: number[]; since: number | null }[] = [];
  facts: TicketFacts | null = null;
  cursor = -Infinity;
  readonly index: DefinitionIndex;
  readonly factsOptions: FactsOptions;
  /** One signals object filled per definition and step (no allocation per call). */
  readonly signals: Signals = {
    start: false,
    stop: false,
    pause: false,
    resume: false,
    cancel: false,
    reset: false,
    startAt: 0,
  };
  constructor(
    readonly c: CompiledSetup,
    readonly events: readonly CaseEvent[],
    /** `events[k].at` read as instants (a plain number array keeps them unboxed). */
    readonly instants: ArrayLike<number>,
    readonly now: number,
  ) {
    this.index = definitionIndex(c.definitions);
    this.factsOptions = { statusOf: c.statusOf };
    for (let n = 0; n < this.index.ids.length; n++) {
      this.activeAt.push(undefined);
      this.pauseHistory.push({ spans: [], since: null });
    }
  }

  versionAt(n: number, t: number): CompiledDefinition | null {
    const versions = this.index.versions[n]!;
    let found: CompiledDefinition | null = null;
    for (let k = 0; k < versions.length; k++) if (versions[k]!.from <= t) found = versions[k]!;
    return found;
  }

  read(f: TicketFacts | null, field: string): unknown {
    if (!f) return undefined;
    if (field === 'status') return f.status;
    if (field === 'statusName') return f.fields.get('status');
    if (field === 'createdAt') return new Date(f.createdAt).toISOString();
    const v = f.fields.get(field);
    if (field === 'priority' && (v === undefined || v === null))
      return this.c.missingPriority === 'useDefault' ? this.c.defaultPriority : null;
    return v;
  }

  retroStart(def: CompiledDefinition, step: FactsStep): number {
    const field = def.input.retroactive?.startField ?? 'createdAt';
    return instantOf(this.read(step.after, field) as FieldValue) ?? step.after.createdAt;
  }

  applyGoal(inst: SlaInstance, goal: CompiledGoal, f: TicketFacts, path: string) {
    const src = inst.def.input.timeZoneSource;
    const tz =
      src === undefined
        ? null
        : src === 'definition'
          ? (inst.def.input.timeZone ?? null)
          : ((f.fields.get(tzFields[src]) as string | undefined) ?? null);
    inst.goal = goal;
    inst.error = null; // a new target is searched for afresh (R53)
    inst.calendar = this.c.calendarFor(goal.calendarId, tz, path);
    inst.timeZone = inst.calendar.timeZone;
    inst.fixedDue = null;
    const t = goal.target;
    if (t.kind === 'duration') inst.targetMs = t.ms;
    else if (t.kind === 'businessDays') {
      let due: number;
      try {
        due = businessDaysDue(inst.calendar, inst.startTime, t.days, t.endOfDay);
      } catch (e) {
        due = pastHorizon(inst, e);
      }
      inst.targetMs = due === Infinity ? Infinity : workingTime(inst.calendar, inst.startTime, due);
    } else {
      // R12: a due date outside the schedule moves to the next working instant; none or past: start + 1 s.
      const raw = instantOf(f.fields.get(t.field));
      let due = raw === null || raw <= inst.startTime ? inst.startTime + 1000 : raw;
      if (due !== inst.startTime + 1000 && !isWorkingInstant(inst.calendar, due)) {
        try {
          due = nextWorkingInstant(inst.calendar, due);
        } catch (e) {
          due = pastHorizon(inst, e);
        }
      }
      inst.fixedDue = due;
      inst.targetMs = due === Infinity ? Infinity : workingTime(inst.calendar, inst.startTime, due);
    }
    replan(inst);
  }

  end(inst: SlaInstance, stage: Stage, t: number, reason: string) {
    const paused = inst.pausedSince !== null;
    if (paused) {
      inst.pauses = withSpan(inst.pauses, inst.pausedSince!, t);
      inst.pausedSince = null;
    }
    inst.stage = stage;
    inst.stopTime = t;
    inst.stopReason = reason;
    // Stopping changes the plan only through a pause it closes (or a newer definition version).
    if (paused || !planFits(inst)) replan(inst);
    this.active.delete(inst.def.id);
    this.activeAt[this.index.ids.indexOf(inst.def.id)] = undefined;
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
    const prev = this.last.get(def.id);
    // R30 resumeCycle: a reopen within the window resumes the solved instance; the solved span is a pause.
    if (
      def.onReopen === 'resumeCycle' &&
      step.reopened &&
      prev?.stage === 'completed' &&
      prev.stopReason === 'stopped' &&
      prev.stopTime !== null &&
      t - prev.stopTime <= this.c.reopenWindowMs
    ) {
      prev.pauses = withSpan(prev.pauses, prev.stopTime, t);
      prev.notes.push(
        `reopened ${iso(t)} within the window: cycle resumed, the solved span counts as a pause (R30)`,
      );
      prev.stopTime = null;
      prev.stopReason = null;
      prev.stage = sig.pause ? 'paused' : 'in_progress';
      prev.pausedSince = sig.pause ? t : null;
      prev.def = def;
      if (goal.key !== prev.goal.key)
        this.applyGoal(prev, goal, step.after, `definitions.${def.id}`);
      replan(prev);
      this.active.set(def.id, prev);
      this.activeAt[n] = prev;
      settleAt(prev, t, true);
      return;
    }
    const inst: SlaInstance = {
      def,
      cycle: (prev?.cycle ?? 0) + 1,
      stage: 'in_progress',
      startTime: startAt,
      attachedAt: t,
      stopTime: null,
      stopReason: null,
      pauses: [],
      pausedSince: null,
      goal,
      calendar: undefined as never,
      timeZone: 'UTC',
      targetMs: 0,
      fixedDue: null,
      originalDueAt: null,
      crossed: new Map(),
      breaches: [],
      targetChanges: [],
      escalated: false,
      notes: [],
      error: null,
      plan: null,
    };
    if (withPastPauses && startAt < t) {
      const h = this.pauseHistory[n]!;
      const spans = h.since !== null && h.since < t ? [...h.spans, h.since, t] : h.spans;
      inst.pauses = subtractSpans(mergeSpans(spans), [-Infinity, startAt]);
      if (inst.pauses.length)
        inst.notes.push('pauses since the start taken from the event log (R27)');
    }
    if (sig.pause) {
      inst.pausedSince = t;
      inst.stage = 'paused';
    }
    this.applyGoal(inst, goal, step.after, `definitions.${def.id}`);
    inst.originalDueAt = dueAt(inst);
    if (startAt < t) inst.notes.push(`attached ${iso(t)}, counting from ${iso(startAt)}`);
    this.instances.push(inst);
    this.active.set(def.id, inst);
    this.activeAt[n] = inst;
    this.last.set(def.id, inst);
    // R28: crossed already at attach → marked, not notified (unless the definition asks).
    settleAt(inst, t, startAt >= t || (def.input.notifyIfBreachedOnAttach ?? false));
  }

  processDefinition(n: number, step: FactsStep, ctx: ConditionContext) {
    const id = this.index.ids[n]!;
    const def = this.versionAt(n, step.at);
    const inst = this.activeAt[n];
    const t = step.at;
    if (!def) return;
    const sig = metricSignals(def, step, ctx, this.c.hasFirstResponse, this.signals);
    const history = this.pauseHistory[n]!;
    if (sig.pause && history.since === null) history.since = t;
    if (!sig.pause && history.since !== null) {
      history.spans.push(history.since, t);
      history.since = null;
    }
    const filterOk = def.input.filter ? matchCondition(def.input.filter, ctx) : true;
    const goal = filterOk ? def.selectGoal(ctx) : null;
    let again: { startAt: number; pastPauses: boolean } | null = null;
    if (inst) {
      inst.def = def;
      if (!def.active) this.end(inst, 'cancelled', t, 'definition deactivated (E8)');
      else if (sig.stop) this.end(inst, 'completed', t, 'stopped');
      else if (sig.reset && sig.start && goal) {
        this.end(inst, 'completed', t, 'reset');
        again = { startAt: sig.startAt, pastPauses: false };
      } else if (sig.cancel) this.end(inst, 'cancelled', t, 'cancel condition met');
      else if (!filterOk)
        this.end(
          inst,
          def.metric === 'ownership' ? 'completed' : 'cancelled',
          t,
          'filter no longer matches',
        );
      else if (!goal) this.end(inst, 'cancelled', t, 'no target applies any more');
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
          replan(inst);
        } else if (!wantPause && paused) {
          // R59: a zero-length pause is a no-op.
          if (t > inst.pausedSince!) inst.pauses = withSpan(inst.pauses, inst.pausedSince!, t);
          inst.pausedSince = null;
          inst.stage = 'in_progress';
          replan(inst);
        }
        if (goal.key !== inst.goal.key) {
          const mode = def.onTargetChange;
          if (mode === 'recalculate') {
            inst.targetChanges.push({ at: t, from: inst.goal.source, to: goal.source, mode });
            this.applyGoal(inst, goal, step.after, `definitions.${id}`);
            // Only a new target can cross a threshold or a breach at this instant (R25);
            // pausing and resuming cannot, and time alone is handled by observeUntil.
            settleAt(inst, t, true);
          } else {
            this.end(inst, 'cancelled', t, `target changed (${mode})`);
            again =
              mode === 'restart'
                ? { startAt: t, pastPauses: false }
                : {
                    startAt: this.retroStart(def, step),
                    pastPauses: def.input.retroactive?.includePausesSince ?? false,
                  };
          }
        }
      }
    }
    if (!def.active || this.activeAt[n] !== undefined || !goal) return;
    if (again) this.attach(n, def, sig, step, goal, again.startAt, again.pastPauses);
    else if (sig.start && !sig.stop && !sig.cancel) {
      const retro = def.input.retroactive;
      const startAt = retro ? this.retroStart(def, step) : sig.startAt;
      const pastPauses = retro ? (retro.includePausesSince ?? false) : def.metric !== 'custom';
      this.attach(n, def, sig, step, goal, startAt, pastPauses);
    }
  }

  process(event: CaseEvent | null, at: number) {
    const step: FactsStep = event
      ? foldTicketFacts(this.facts, event, at, this.factsOptions)
      : {
          at,
          type: 'update',
          before: this.facts,
          after: this.facts!,
          response: false,
          customerMessage: false,
          reopened: false,
        };
    this.facts = step.after;
    const ctx = new StepContext(this, step);
    for (let n = 0; n < this.index.ids.length; n++) this.processDefinition(n, step, ctx);
    this.cursor = at;
  }

  advance(t: number) {
    // R45: an OWNERSHIP breach with an escalation rule reassigns at the breach instant.
    while (this.index.escalates) {
      let next: { inst: SlaInstance; at: number } | null = null;
      for (const inst of this.active.values()) {
        if (!inst.def.input.onBreach || inst.escalated || inst.pausedSince !== null) continue;
        const at = Math.max(dueAt(inst)!, this.cursor);
        if (at <= t && (!next || at < next.at)) next = { inst, at };
      }
      if (!next) break;
      for (const inst of this.active.values()) observeUntil(inst, next.at);
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
    for (let n = 0; n < this.activeAt.length; n++) {
      const inst = this.activeAt[n];
      if (inst !== undefined) observeUntil(inst, t);
    }
  }

  run(): SlaInstance[] {
    const changes = this.index.changes;
    let k = 0;
    for (let e = 0; e < this.events.length; e++) {
      const event = this.events[e]!;
      const at = this.instants[e]!;
      while (this.facts && k < changes.length && changes[k]! <= at) {
        if (changes[k]! > this.cursor) {
          this.advance(changes[k]!);
          this.process(null, changes[k]!);
        }
        k++;
      }
      this.advance(at);
      this.process(event, at);
    }
    while (k < changes.length && changes[k]! <= this.now) {
      if (changes[k]! > this.cursor) {
        this.advance(changes[k]!);
        this.process(null, changes[k]!);
      }
      k++;
    }
    this.advance(this.now);
    return this.instances;
  }
}

/** Replays the compiled case; instances in the order they attached. */
export function runSlaTimeline(c: CompiledCase): SlaInstance[] {
  const events = c.events.map((e) => e.event);
  return new Timeline(
    c,
    events,
    c.events.map((e) => e.at),
    c.now,
  ).run();
}

/**
 * Replays `events` (in order, `instants[k]` the instant of `events[k]`) against a compiled setup,
 * up to `now`: the hub's path, with the setup compiled once.
 */
export function replaySlaTimeline(
  setup: CompiledSetup,
  events: readonly CaseEvent[],
  instants: ArrayLike<number>,
  now: number,
): SlaInstance[] {
  return new Timeline(setup, events, instants, now).run();
}
