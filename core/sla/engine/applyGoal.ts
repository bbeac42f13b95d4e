// A goal applied to an instance (R5, R12, R13, R29): the calendar in the resolved time zone, and
// the target as working ms (business days and due dates are converted here), then a new plan.
import { businessDaysDue } from '../time/businessDaysDue';
import { isWorkingInstant, nextWorkingInstant } from '../time/nextWorkingInstant';
import { workingTime } from '../time/workingTime';
import type { CompiledGoal, CompiledSetup } from './compileSlaCase';
import { pastHorizon, replan, type SlaInstance } from './slaInstance';
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
  inst.calendar = setup.calendarFor(goal.calendarId, tz, path);
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
