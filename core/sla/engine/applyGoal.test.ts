import { describe, expect, it } from 'vitest';
import { applyGoal, followCalendarVersion } from './applyGoal';
import { compileSlaSetup } from './compileSlaCase';
import { createInstance } from './slaInstance';
import { foldTicketFacts } from './ticketFacts';

const H = 3_600_000;
const setup = compileSlaSetup({
  calendars: [
    {
      id: 'bh',
      timeZone: 'UTC',
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
    },
    {
      id: 'closed',
      timeZone: 'UTC',
      weekly: [{ days: ['mon'], start: '09:00', end: '10:00' }],
      holidays: [{ from: '2025-01-01', to: '2035-01-01' }],
    },
  ],
  definitions: [
    { id: 'days', metric: 'resolution', calendar: 'bh', target: { businessDays: 2 } },
    { id: 'field', metric: 'resolution', calendar: 'bh', target: { dueField: 'dueDate' } },
    { id: 'never', metric: 'resolution', calendar: 'closed', target: { businessDays: 1 } },
  ],
});
const start = Date.parse('2025-06-02T10:00:00Z'); // a Monday
const facts = foldTicketFacts(
  null,
  { at: '', type: 'created', set: { dueDate: '2025-06-03T20:00:00Z' } },
  start,
  { statusOf: setup.statusOf },
).after;

function applied(id: string) {
  const def = setup.definitions.get(id)![0]!;
  const goal = def.selectGoal({ get: () => null, getBefore: () => null, eventType: 'created' })!;
  const inst = createInstance(def, 1, goal, start, start);
  applyGoal(setup, inst, goal, facts, `definitions.${id}`);
  return inst;
}

describe('applyGoal', () => {
  it('turns business days into working time on the goal calendar (R13)', () => {
    const inst = applied('days');
    expect([inst.calendar.id, inst.targetMs, inst.fixedDue]).toEqual(['bh', 16 * H, null]);
  });
  it('moves a due date outside working hours to the next working instant (R12)', () => {
    const inst = applied('field');
    expect(inst.fixedDue).toBe(Date.parse('2025-06-04T09:00:00Z'));
    expect(inst.targetMs).toBe(15 * H);
  });
  it('leaves a target past the horizon cap as the timer’s error (R53)', () => {
    const inst = applied('never');
    expect(inst.targetMs).toBe(Infinity);
    expect(inst.error?.message).toMatch(/horizon cap, R53/);
  });
});

describe('followCalendarVersion', () => {
  const versioned = compileSlaSetup({
    calendars: [
      {
        id: 'bh',
        timeZone: 'UTC',
        weekly: [{ days: ['mon', 'tue'], start: '09:00', end: '17:00' }],
      },
      {
        id: 'bh',
        timeZone: 'UTC',
        weekly: [{ days: ['mon', 'tue'], start: '08:00', end: '20:00' }],
        effectiveFrom: '2025-06-03T00:00:00Z',
      },
    ],
    definitions: [{ id: 'r', metric: 'resolution', calendar: 'bh', target: '16h' }],
  });
  it('re-evaluates a timer on its calendar’s new version, once (R9)', () => {
    const def = versioned.definitions.get('r')![0]!;
    const goal = def.selectGoal({ get: () => null, getBefore: () => null, eventType: 'created' })!;
    const inst = createInstance(def, 1, goal, start, start);
    applyGoal(versioned, inst, goal, facts, 'definitions.r', start);
    const first = inst.calendar;
    const change = Date.parse('2025-06-03T00:00:00Z');
    followCalendarVersion(versioned, inst, facts, change - 1);
    expect(inst.calendar).toBe(first);
    followCalendarVersion(versioned, inst, facts, change);
    expect(inst.calendar).not.toBe(first);
    expect(inst.calendarVersion).toBe(1);
    expect(inst.notes).toEqual([
      "calendar 'bh' changed 2025-06-03T00:00:00.000Z: re-evaluated on its new version (R9)",
    ]);
    followCalendarVersion(versioned, inst, facts, change + H);
    expect(inst.notes).toHaveLength(1);
  });
});
