import { describe, expect, it } from 'vitest';
import { SlaInputError } from '../slaErrors';
import { bh, created, runCase, update } from '../testing/runCase';
import { compileSlaSetup, type SlaSetup } from './compileSlaCase';
import { applyMajorIncidentSet, majorIncidentSchema, majorIncidentSource } from './majorIncident';

// 2025-06-02 is a Monday; bh is Mon–Fri 09:00–17:00 UTC.
const goals = [
  { when: { field: 'priority', eq: 'P1' }, target: '4h', calendar: null },
  { when: { field: 'priority', eq: 'P3' }, target: '16h' },
];
const definitions: NonNullable<SlaSetup['definitions']> = [
  { id: 'r', metric: 'resolution', calendar: 'bh', goals },
  { id: 'r', metric: 'resolution', calendar: 'bh', goals, effectiveFrom: '2025-07-01T00:00:00Z' },
  { id: 'fr', metric: 'first_response', calendar: 'bh', target: '4h' },
];

function thrown(run: () => unknown): SlaInputError {
  try {
    run();
  } catch (e) {
    if (e instanceof SlaInputError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('the major-incident set (R48)', () => {
  it('parses targets per definition, a calendar (24×7 by default) and the flag field', () => {
    expect(
      majorIncidentSchema.safeParse({ targets: { r: '2h', fr: { seconds: 600 } } }).success,
    ).toBe(true);
    expect(majorIncidentSchema.safeParse({ targets: { r: '2h' }, extra: 1 }).success).toBe(false);
    expect(majorIncidentSchema.safeParse({ targets: { r: 'soon' } }).success).toBe(false);
  });
  it('gives every version of each definition it names a major goal, naming it as the source', () => {
    const setup = compileSlaSetup({
      calendars: [bh()],
      definitions,
      majorIncident: { targets: { r: '2h' } },
    });
    expect(setup.majorField).toBe('majorIncident');
    const versions = setup.definitions.get('r')!;
    expect(versions).toHaveLength(2);
    for (const v of versions)
      expect(v.majorGoal).toMatchObject({ calendarId: null, source: majorIncidentSource });
    expect(setup.definitions.get('fr')![0]!.majorGoal).toBeNull();
    expect(compileSlaSetup({ calendars: [bh()], definitions }).majorField).toBeNull();
    const custom = new Map(compileSlaSetup({ calendars: [bh()], definitions }).definitions);
    expect(applyMajorIncidentSet({ field: 'sev0', targets: {} }, custom, new Set())).toBe('sev0');
  });
  it('rejects an unknown definition or calendar and a due-date target, naming the field', () => {
    const setup = (majorIncident: unknown) => () =>
      compileSlaSetup({ calendars: [bh()], definitions, majorIncident } as never);
    expect(thrown(setup({ targets: { nope: '1h' } })).path).toBe('majorIncident.targets.nope');
    expect(thrown(setup({ targets: { r: '1h' }, calendar: 'x' })).path).toBe(
      'majorIncident.calendar',
    );
    expect(thrown(setup({ targets: { r: { dueField: 'due' } } })).path).toBe(
      'majorIncident.targets.r',
    );
  });
  it('recalculates a running timer when the ticket becomes major, and again when it stops (R29)', () => {
    const { timer } = runCase({
      calendars: [bh()],
      definitions: [definitions[0]],
      majorIncident: { targets: { r: '2h' } },
      events: [
        created('2025-06-02T09:00:00Z'),
        update('2025-06-02T10:00:00Z', { majorIncident: true }),
        update('2025-06-02T10:30:00Z', { majorIncident: false }),
      ],
      now: '2025-06-02T10:30:00Z',
    });
    const r = timer('r#1');
    // Same start, same cycle: 2 h around the clock, then the P3 goal's 16 business hours again.
    expect(r.startTime).toBe('2025-06-02T09:00:00.000Z');
    expect(r.dueAt).toBe('2025-06-03T17:00:00.000Z');
    expect(r.explanation!.targetChanges).toMatchObject([
      { at: '2025-06-02T10:00:00.000Z', to: majorIncidentSource, mode: 'recalculate' },
      { at: '2025-06-02T10:30:00.000Z', from: majorIncidentSource, mode: 'recalculate' },
    ]);
  });
  it('times a major incident on 24×7 (or its own calendar) and says so', () => {
    const run = (extra: Record<string, unknown>) =>
      runCase({
        calendars: [bh(), bh('08:00', '20:00', { id: 'ops' })],
        definitions: [definitions[0]],
        majorIncident: { targets: { r: '2h' }, ...extra },
        // Friday evening: outside business hours.
        events: [created('2025-06-06T19:00:00Z', { priority: 'P3', majorIncident: true })],
        now: '2025-06-06T19:30:00Z',
      }).timer('r#1');
    const allDay = run({});
    expect(allDay.dueAt).toBe('2025-06-06T21:00:00.000Z');
    expect(allDay.explanation!.source).toBe(majorIncidentSource);
    expect(allDay.explanation!.calendar).toMatch(/^24x7/);
    // Its own calendar, 08:00–20:00 on weekdays: one hour on Friday, one on Monday.
    expect(run({ calendar: 'ops' }).dueAt).toBe('2025-06-09T09:00:00.000Z');
  });
  it('restarts instead, for a definition that restarts on a target change (R29)', () => {
    const { result } = runCase({
      calendars: [bh()],
      definitions: [{ ...definitions[0], onTargetChange: 'restart' }],
      majorIncident: { targets: { r: '2h' } },
      events: [
        created('2025-06-02T09:00:00Z'),
        update('2025-06-02T10:00:00Z', { majorIncident: true }),
      ],
      now: '2025-06-02T10:30:00Z',
    });
    expect(result.timers.map((t) => [t.id, t.stage, t.startTime, t.dueAt])).toEqual([
      ['r#1', 'cancelled', '2025-06-02T09:00:00.000Z', null],
      ['r#2', 'in_progress', '2025-06-02T10:00:00.000Z', '2025-06-02T12:00:00.000Z'],
    ]);
  });
  it('applies to policies by metric, and reads the flag field the set names', () => {
    const { timer } = runCase({
      calendars: [bh()],
      policies: [
        {
          id: 'all',
          position: 1,
          calendar: 'bh',
          targets: [{ metric: 'resolution', target: '16h' }],
        },
      ],
      majorIncident: { field: 'sev', targets: { resolution: '1h' } },
      events: [
        created('2025-06-02T09:00:00Z', { priority: 'P3', majorIncident: true }),
        update('2025-06-02T09:10:00Z', { sev: true }),
      ],
      now: '2025-06-02T09:30:00Z',
    });
    expect(timer('resolution#1').dueAt).toBe('2025-06-02T10:00:00.000Z');
  });
});
