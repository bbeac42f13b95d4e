import { describe, expect, it } from 'vitest';
import { alwaysCalendar } from '../calendar/workingCalendar';
import { compileSlaCase } from './compileSlaCase';
import { planOf } from './instancePlan';
import type { SlaInstance } from './slaInstance';

const H = 3_600_000;
const base = compileSlaCase({
  definitions: [{ id: 'r', metric: 'resolution', target: '2h' }],
  events: [{ at: '1970-01-01T00:00:00Z', type: 'created' }],
  now: '1970-01-01T00:00:00Z',
}).definitions.get('r')![0]!;

function instance(thresholds: number[], patch: Partial<SlaInstance> = {}): SlaInstance {
  const def = { ...base, thresholds };
  return {
    def,
    cycle: 1,
    stage: 'in_progress',
    startTime: 0,
    attachedAt: 0,
    stopTime: null,
    stopReason: null,
    pauses: [],
    pausedSince: null,
    goal: def.selectGoal({ get: () => null, getBefore: () => null, eventType: 'created' })!,
    calendar: alwaysCalendar,
    timeZone: 'UTC',
    targetMs: 2 * H,
    fixedDue: null,
    originalDueAt: null,
    crossed: new Map(),
    breaches: [],
    targetChanges: [],
    escalated: false,
    notes: [],
    error: null,
    calendarVersion: 0,
    plan: null,
    ...patch,
  };
}

describe('planOf', () => {
  it('plans every threshold and the due instant in one walk, pauses skipped (R43)', () => {
    const plan = planOf(instance([75, 50], { pauses: [H / 2, H] }));
    expect(plan.instants).toEqual([2 * H, 1.5 * H]);
    expect(plan.due).toBe(2.5 * H);
    expect(plan.first).toBe(1.5 * H);
    expect(plan.percents).toEqual([75, 50]);
  });
  it('keeps the plan until it is forgotten', () => {
    const i = instance([50]);
    expect(planOf(i)).toBe(planOf(i));
  });
  it('plans a zero percent at the start and a fixed due date without a walk (R12)', () => {
    const plan = planOf(instance([0, 50], { fixedDue: 10 * H, startTime: H }));
    expect(plan.instants).toEqual([H, 2 * H]);
    expect(plan.due).toBe(10 * H);
    expect(plan.first).toBe(H);
  });
  it('plans the due instant alone when there are no thresholds', () => {
    const plan = planOf(instance([], { startTime: H }));
    expect(plan.instants).toEqual([]);
    expect(plan.due).toBe(3 * H);
  });
  it('marks every instant past the horizon cap as never and records the error (R53)', () => {
    const i = instance([50, 80], { targetMs: 6 * 366 * 24 * H });
    const plan = planOf(i);
    expect(plan.due).toBe(Infinity);
    expect(plan.instants).toEqual([Infinity, Infinity]);
    expect(i.error?.name).toBe('SlaHorizonError');
  });
});
