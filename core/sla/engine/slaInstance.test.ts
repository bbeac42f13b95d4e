import { describe, expect, it } from 'vitest';
import { alwaysCalendar } from '../calendar/workingCalendar';
import { compileSlaCase } from './compileSlaCase';
import {
  businessElapsed,
  dueAt,
  isBreachedAt,
  observeUntil,
  replanForPause,
  settleAt,
  thresholdInstants,
  type SlaInstance,
} from './slaInstance';

const H = 3_600_000;
const def = compileSlaCase({
  definitions: [{ id: 'r', metric: 'resolution', target: '2h' }],
  events: [{ at: '1970-01-01T00:00:00Z', type: 'created' }],
  now: '1970-01-01T00:00:00Z',
}).definitions.get('r')![0]!;

function instance(patch: Partial<SlaInstance> = {}): SlaInstance {
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

describe('SLA instance arithmetic', () => {
  it('counts elapsed time outside pauses, the open one included (R21)', () => {
    const i = instance({ pauses: [H, 2 * H], pausedSince: 3 * H });
    expect(businessElapsed(i, 4 * H)).toBe(2 * H);
    expect(dueAt(i)).toBeNull();
  });
  it('breaches on exact elapsed time, never a rounded percentage (R24, TC-33)', () => {
    const i = instance();
    expect(isBreachedAt(i, 2 * H - 1)).toBe(false);
    expect(isBreachedAt(i, 2 * H)).toBe(true);
  });
  it('records a breach observed continuously at its due instant (R25)', () => {
    const i = instance();
    observeUntil(i, 3 * H);
    expect(i.breaches).toMatchObject([{ recordedAt: 2 * H, dueAt: 2 * H, notify: true }]);
    expect([...i.crossed.keys()]).toEqual([50, 75, 100]);
  });
  it('records a breach made true by a change at the change time, and retracts it when undone (R25)', () => {
    const i = instance({ targetMs: 8 * H });
    i.targetMs = H;
    settleAt(i, 2 * H, false);
    expect(i.breaches).toMatchObject([
      { recordedAt: 2 * H, dueAt: H, notify: false, retracted: false },
    ]);
    i.targetMs = 8 * H;
    settleAt(i, 2.5 * H, true);
    expect(i.breaches).toMatchObject([{ retracted: true, retractedAt: 2.5 * H }]);
  });
  it('crosses nothing while paused (R57)', () => {
    const i = instance({ pausedSince: H });
    observeUntil(i, 10 * H);
    expect(i.crossed.size).toBe(0);
  });
  it('keeps its plan for a pause after every instant planned, and only then (R43)', () => {
    const i = instance();
    const plan = thresholdInstants(i); // 1 h, 1.5 h, due at 2 h
    replanForPause(i, 2 * H);
    expect(i.plan).toBe(plan);
    // The same plan as one made afresh with the pause: the pause moves nothing planned.
    const fresh = instance({ pauses: [2 * H, 3 * H] });
    expect(thresholdInstants(fresh).instants).toEqual(plan.instants);
    expect(dueAt(fresh)).toBe(dueAt(i));
    replanForPause(i, 2 * H - 1);
    expect(i.plan).toBeNull();
    // A threshold past the target (150 %) is planned after the due instant: a pause before it
    // moves it, so the plan goes.
    const late = instance({ def: { ...def, thresholds: [50, 150] } });
    expect(thresholdInstants(late).instants).toEqual([H, 3 * H]);
    replanForPause(late, 2.5 * H);
    expect(late.plan).toBeNull();
  });
});
