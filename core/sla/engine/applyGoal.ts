// A goal applied to an instance (R5, R12, R13, R29): the calendar in the resolved time zone, and
// the target as working ms (business days and due dates are converted here), then a new plan.
import { businessDaysDue } from '../time/businessDaysDue';
import { isWorkingInstant, nextWorkingInstant } from '../time/nextWorkingInstant';
import { workingTime } from '../time/workingTime';
import type { CompiledGoal, CompiledSetup } from './compileSlaCase';
import { pastHorizon, replan, settleAt, type SlaInstance } from './slaInstance';
import { isoInstant } from '../time/isoInstant';
import { instantOf } from './stepContext';
import type { TicketFacts } from './ticketFacts';

const tzFields = {
  requester: 'requesterTimeZone',
  requesterLocation: 'requesterLocationTimeZone',
  ciLocation: 'ciTimeZone',
  ticketLocation: 'locationTimeZone',
} as const;

/**
 * Sets `goal` on `inst` with the facts at hand (a floating calendar's zone may come from them).
 * A business-days or due-date target past the horizon cap leaves the timer in its error state (R53).
 * @example applyGoal(setup, inst, goal, step.after, 'definitions.resolution')
 */
export function applyGoal(
  setup: CompiledSetup,
  inst: SlaInstance,
  goal: CompiledGoal,
  f: TicketFacts,
  path: string,
  /** When the goal is applied: the calendar is the version in effect then (R9). */
  at = -Infinity,
): void {
  const src = inst.def.input.timeZoneSource;
  const tz =
    src === undefined
      ? null
      : src === 'definition'
        ? (inst.def.input.timeZone ?? null)
        : ((f.fields.get(tzFields[src]) as string | undefined) ?? null);
  inst.goal = goal;
  inst.error = null; // a new target is searched for afresh (R53)
  inst.calendar = setup.calendarFor(goal.calendarId, tz, path, at);
  inst.calendarVersion = setup.calendarVersionAt(goal.calendarId, at);
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

/**
 * R9: a running or paused timer whose calendar has a new version from `t` is re-evaluated on it
 * (start, pauses and target kept; a breach it now has is recorded at `t`, R25). Completed timers
 * are not passed here: they keep the version they were judged on.
 * @example followCalendarVersion(setup, inst, step.after, Date.parse('2025-06-04T00:00:00Z'))
 */
export function followCalendarVersion(
  setup: CompiledSetup,
  inst: SlaInstance,
  f: TicketFacts,
  t: number,
): void {
  const id = inst.goal.calendarId;
  if (id === null || setup.calendarVersionAt(id, t) === inst.calendarVersion) return;
  applyGoal(setup, inst, inst.goal, f, `definitions.${inst.def.id}`, t);
  inst.notes.push(
    `calendar '${id}' changed ${isoInstant(t)}: re-evaluated on its new version (R9)`,
  );
  settleAt(inst, t, true);
}
