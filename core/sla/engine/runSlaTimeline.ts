// The state machine (R16–R19, R29, R30, R45): replays the ticket's log in order, each event
// through every definition, and returns the instances as they stand at `now`.
import { businessDaysDue } from '../time/businessDaysDue';
import { isWorkingInstant, nextWorkingInstant } from '../time/nextWorkingInstant';
import { mergeSpans, subtractSpans } from '../time/spans';
import { workingTime } from '../time/workingTime';
import type { ConditionContext, FieldValue } from './condition';
import { matchCondition } from './condition';
import type { CompiledCase, CompiledDefinition, CompiledGoal } from './compileSlaCase';
import { metricSignals, type Signals } from './metricSignals';
import { dueAt, observeUntil, replan, settleAt, type SlaInstance, type Stage } from './slaInstance';
import { foldTicketFacts, type FactsStep, type TicketFacts } from './ticketFacts';
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

/** Replays the compiled case; instances in the order they attached. */
export function runSlaTimeline(c: CompiledCase): SlaInstance[] {
  const instances: SlaInstance[] = [];
  const active = new Map<string, SlaInstance>();
  const last = new Map<string, SlaInstance>();
  const pauseHistory = new Map<string, { spans: number[]; since: number | null }>();
  let facts: TicketFacts | null = null;
  let cursor = -Infinity;

  const versionAt = (id: string, t: number): CompiledDefinition | null => {
    let found: CompiledDefinition | null = null;
    for (const v of c.definitions.get(id)!) if (v.from <= t) found = v;
    return found;
  };
  const read = (f: TicketFacts | null, field: string): unknown => {
    if (!f) return undefined;
    if (field === 'status') return f.status;
    if (field === 'statusName') return f.fields['status'];
    if (field === 'createdAt') return new Date(f.createdAt).toISOString();
    const v = f.fields[field];
    if (field === 'priority' && (v === undefined || v === null))
      return c.missingPriority === 'useDefault' ? c.defaultPriority : null;
    return v;
  };
  const contextOf = (step: FactsStep): ConditionContext => ({
    get: (field) => read(step.after, field),
    getBefore: (field) => read(step.before, field),
    eventType: step.type,
  });

  function applyGoal(inst: SlaInstance, goal: CompiledGoal, f: TicketFacts, path: string) {
    const src = inst.def.input.timeZoneSource;
    const tz =
      src === undefined
        ? null
        : src === 'definition'
          ? (inst.def.input.timeZone ?? null)
          : ((f.fields[tzFields[src]] as string | undefined) ?? null);
    inst.goal = goal;
    inst.calendar = c.calendarFor(goal.calendarId, tz, path);
    inst.timeZone = inst.calendar.timeZone;
    inst.fixedDue = null;
    const t = goal.target;
    if (t.kind === 'duration') inst.targetMs = t.ms;
    else if (t.kind === 'businessDays') {
      const due = businessDaysDue(inst.calendar, inst.startTime, t.days, t.endOfDay);
      inst.targetMs = workingTime(inst.calendar, inst.startTime, due);
    } else {
      // R12: a due date outside the schedule moves to the next working instant; none or past: start + 1 s.
      const raw = instantOf(f.fields[t.field]);
      let due = raw === null || raw <= inst.startTime ? inst.startTime + 1000 : raw;
      if (due !== inst.startTime + 1000 && !isWorkingInstant(inst.calendar, due))
        due = nextWorkingInstant(inst.calendar, due);
      inst.fixedDue = due;
      inst.targetMs = workingTime(inst.calendar, inst.startTime, due);
    }
    replan(inst);
  }

  function end(inst: SlaInstance, stage: Stage, t: number, reason: string) {
    if (inst.pausedSince !== null) {
      inst.pauses = mergeSpans([...inst.pauses, inst.pausedSince, t]);
      inst.pausedSince = null;
    }
    inst.stage = stage;
    inst.stopTime = t;
    inst.stopReason = reason;
    replan(inst);
    active.delete(inst.def.id);
  }

  function attach(
    def: CompiledDefinition,
    sig: Signals,
    step: FactsStep,
    goal: CompiledGoal,
    startAt: number,
    withPastPauses: boolean,
  ) {
    const t = step.at;
    const prev = last.get(def.id);
    // R30 resumeCycle: a reopen within the window resumes the solved instance; the solved span is a pause.
    if (
      def.onReopen === 'resumeCycle' &&
      step.reopened &&
      prev?.stage === 'completed' &&
      prev.stopReason === 'stopped' &&
      prev.stopTime !== null &&
      t - prev.stopTime <= c.reopenWindowMs
    ) {
      prev.pauses = mergeSpans([...prev.pauses, prev.stopTime, t]);
      prev.notes.push(
        `reopened ${iso(t)} within the window: cycle resumed, the solved span counts as a pause (R30)`,
      );
      prev.stopTime = null;
      prev.stopReason = null;
      prev.stage = sig.pause ? 'paused' : 'in_progress';
      prev.pausedSince = sig.pause ? t : null;
      prev.def = def;
      if (goal.key !== prev.goal.key) applyGoal(prev, goal, step.after, `definitions.${def.id}`);
      replan(prev);
      active.set(def.id, prev);
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
      plan: null,
    };
    if (withPastPauses && startAt < t) {
      const h = pauseHistory.get(def.id)!;
      const spans = h.since !== null && h.since < t ? [...h.spans, h.since, t] : h.spans;
      inst.pauses = subtractSpans(mergeSpans(spans), [-Infinity, startAt]);
      if (inst.pauses.length)
        inst.notes.push('pauses since the start taken from the event log (R27)');
    }
    if (sig.pause) {
      inst.pausedSince = t;
      inst.stage = 'paused';
    }
    applyGoal(inst, goal, step.after, `definitions.${def.id}`);
    inst.originalDueAt = dueAt(inst);
    if (startAt < t) inst.notes.push(`attached ${iso(t)}, counting from ${iso(startAt)}`);
    instances.push(inst);
    active.set(def.id, inst);
    last.set(def.id, inst);
    // R28: crossed already at attach → marked, not notified (unless the definition asks).
    settleAt(inst, t, startAt >= t || (def.input.notifyIfBreachedOnAttach ?? false));
  }

  function processDefinition(id: string, step: FactsStep) {
    const def = versionAt(id, step.at);
    const inst = active.get(id);
    const t = step.at;
    if (!def) return;
    const ctx = contextOf(step);
    const sig = metricSignals(def, step, ctx, c.hasFirstResponse);
    const history = pauseHistory.get(id) ?? { spans: [], since: null };
    pauseHistory.set(id, history);
    if (sig.pause && history.since === null) history.since = t;
    if (!sig.pause && history.since !== null) {
      history.spans.push(history.since, t);
      history.since = null;
    }
    const filterOk = def.input.filter ? matchCondition(def.input.filter, ctx) : true;
    const goal = filterOk ? def.selectGoal(ctx) : null;
    const retroStart = () => {
      const field = def.input.retroactive?.startField ?? 'createdAt';
      return instantOf(read(step.after, field) as FieldValue) ?? step.after.createdAt;
    };
    let again: { startAt: number; pastPauses: boolean } | null = null;
    if (inst) {
      inst.def = def;
      if (!def.active) end(inst, 'cancelled', t, 'definition deactivated (E8)');
      else if (sig.stop) end(inst, 'completed', t, 'stopped');
      else if (sig.reset && sig.start && goal) {
        end(inst, 'completed', t, 'reset');
        again = { startAt: sig.startAt, pastPauses: false };
      } else if (sig.cancel) end(inst, 'cancelled', t, 'cancel condition met');
      else if (!filterOk)
        end(
          inst,
          def.metric === 'ownership' ? 'completed' : 'cancelled',
          t,
          'filter no longer matches',
        );
      else if (!goal) end(inst, 'cancelled', t, 'no target applies any more');
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
          if (t > inst.pausedSince!)
            inst.pauses = mergeSpans([...inst.pauses, inst.pausedSince!, t]);
          inst.pausedSince = null;
          inst.stage = 'in_progress';
          replan(inst);
        }
        if (goal.key !== inst.goal.key) {
          const mode = def.onTargetChange;
          if (mode === 'recalculate') {
            inst.targetChanges.push({ at: t, from: inst.goal.source, to: goal.source, mode });
            applyGoal(inst, goal, step.after, `definitions.${id}`);
            // Only a new target can cross a threshold or a breach at this instant (R25);
            // pausing and resuming cannot, and time alone is handled by observeUntil.
            settleAt(inst, t, true);
          } else {
            end(inst, 'cancelled', t, `target changed (${mode})`);
            again =
              mode === 'restart'
                ? { startAt: t, pastPauses: false }
                : {
                    startAt: retroStart(),
                    pastPauses: def.input.retroactive?.includePausesSince ?? false,
                  };
          }
        }
      }
    }
    if (!def.active || active.has(id) || !goal) return;
    if (again) attach(def, sig, step, goal, again.startAt, again.pastPauses);
    else if (sig.start && !sig.stop && !sig.cancel) {
      const retro = def.input.retroactive;
      const startAt = retro ? retroStart() : sig.startAt;
      const pastPauses = retro ? (retro.includePausesSince ?? false) : def.metric !== 'custom';
      attach(def, sig, step, goal, startAt, pastPauses);
    }
  }

  function process(event: CaseEvent | null, at: number) {
    const step: FactsStep = event
      ? foldTicketFacts(facts, event, at, { statusOf: c.statusOf })
      : {
          at,
          type: 'update',
          before: facts,
          after: facts!,
          response: false,
          customerMessage: false,
          reopened: false,
        };
    facts = step.after;
    for (const id of c.definitions.keys()) processDefinition(id, step);
    cursor = at;
  }

  function advance(t: number) {
    // R45: an OWNERSHIP breach with an escalation rule reassigns at the breach instant.
    for (;;) {
      let next: { inst: SlaInstance; at: number } | null = null;
      for (const inst of active.values()) {
        if (!inst.def.input.onBreach || inst.escalated || inst.pausedSince !== null) continue;
        const at = Math.max(dueAt(inst)!, cursor);
        if (at <= t && (!next || at < next.at)) next = { inst, at };
      }
      if (!next) break;
      for (const inst of active.values()) observeUntil(inst, next.at);
      next.inst.escalated = true;
      next.inst.notes.push(
        `breach at ${iso(next.at)} escalated: ${JSON.stringify(next.inst.def.input.onBreach!.set)} (R45)`,
      );
      process(
        { at: iso(next.at), type: 'update', set: next.inst.def.input.onBreach!.set, by: 'system' },
        next.at,
      );
    }
    for (const inst of active.values()) observeUntil(inst, t);
  }

  const changes = [...new Set([...c.definitions.values()].flat().map((d) => d.from))]
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => a - b);
  let k = 0;
  for (const { event, at } of c.events) {
    while (facts && k < changes.length && changes[k]! <= at) {
      if (changes[k]! > cursor) {
        advance(changes[k]!);
        process(null, changes[k]!);
      }
      k++;
    }
    advance(at);
    process(event, at);
  }
  while (k < changes.length && changes[k]! <= c.now) {
    if (changes[k]! > cursor) {
      advance(changes[k]!);
      process(null, changes[k]!);
    }
    k++;
  }
  advance(c.now);
  return instances;
}

const iso = (ms: number) => new Date(ms).toISOString();
