// Rules of the state machine not already covered by the worked cases in docs/sla-cases.
import { describe, expect, it } from 'vitest';
import { bh, created, runCase, update } from '../testing/runCase';

const resolution = (extra: Record<string, unknown> = {}) => ({
  id: 'r',
  metric: 'resolution',
  target: '8h',
  calendar: null,
  ...extra,
});

describe('runSlaTimeline', () => {
  it('R30 resumeCycle: a reopen within the window resumes; the solved span counts as a pause', () => {
    const { timer, result } = runCase({
      definitions: [resolution()],
      events: [
        created('2025-06-02T09:00:00Z'),
        update('2025-06-02T10:00:00Z', { status: 'solved' }),
        update('2025-06-02T12:00:00Z', { status: 'open' }),
      ],
      now: '2025-06-02T12:00:00Z',
    });
    expect(result.timers).toHaveLength(1);
    expect(timer('r#1').dueAt).toBe('2025-06-02T19:00:00.000Z');
    expect(timer('r#1').pauseDuration).toBe(7200);
  });
  it('R30: a reopen after the window starts a new cycle with the full target', () => {
    const { timer } = runCase({
      definitions: [resolution()],
      reopenWindowDays: 1,
      events: [
        created('2025-06-02T09:00:00Z'),
        update('2025-06-02T10:00:00Z', { status: 'solved' }),
        update('2025-06-04T12:00:00Z', { status: 'open' }),
      ],
      now: '2025-06-04T12:00:00Z',
    });
    expect(timer('r#1').stage).toBe('completed');
    expect(timer('r#2').dueAt).toBe('2025-06-04T20:00:00.000Z');
  });
  it('R38: merged cancels; closed completes', () => {
    const merged = runCase({
      definitions: [resolution()],
      events: [
        created('2025-06-02T09:00:00Z'),
        update('2025-06-02T10:00:00Z', { status: 'merged' }),
      ],
      now: '2025-06-02T11:00:00Z',
    });
    expect(merged.timer('r#1').stage).toBe('cancelled');
    expect(merged.result.nextDueAt).toBeNull();
    const closed = runCase({
      definitions: [resolution()],
      events: [
        created('2025-06-02T09:00:00Z'),
        update('2025-06-02T10:00:00Z', { status: 'closed' }),
      ],
      now: '2025-06-02T11:00:00Z',
    });
    expect(closed.timer('r#1').stage).toBe('completed');
  });
  it('E8/R42: deactivating a definition cancels its running instances', () => {
    const { timer } = runCase({
      definitions: [
        resolution(),
        resolution({ active: false, effectiveFrom: '2025-06-02T10:00:00Z' }),
      ],
      events: [created('2025-06-02T09:00:00Z')],
      now: '2025-06-02T20:00:00Z',
    });
    expect(timer('r#1').stage).toBe('cancelled');
    expect(timer('r#1').hasBreached).toBe(false);
  });
  it('R57: a paused instance crosses no threshold by the passage of time', () => {
    const { timer } = runCase({
      definitions: [resolution({ target: '2h' })],
      events: [
        created('2025-06-02T09:00:00Z'),
        update('2025-06-02T09:30:00Z', { status: 'pending' }),
      ],
      now: '2025-06-03T09:00:00Z',
    });
    expect(timer('r#1').thresholdsCrossed).toEqual([]);
    expect(timer('r#1').hasBreached).toBe(false);
  });
  it('R25: a raised target retracts the breach, keeping it in history', () => {
    const { timer } = runCase({
      definitions: [
        {
          id: 'r',
          metric: 'resolution',
          calendar: null,
          goals: [{ when: { field: 'priority', eq: 'P1' }, target: '1h' }, { target: '8h' }],
        },
      ],
      events: [
        created('2025-06-02T09:00:00Z', { priority: 'P1' }),
        update('2025-06-02T11:00:00Z', { priority: 'P3' }),
      ],
      now: '2025-06-02T11:30:00Z',
    });
    const t = timer('r#1');
    expect(t.hasBreached).toBe(false);
    expect(t.breaches).toEqual([
      {
        recordedAt: '2025-06-02T10:00:00.000Z',
        dueAt: '2025-06-02T10:00:00.000Z',
        notified: true,
        retracted: true,
        retractedAt: '2025-06-02T11:00:00.000Z',
      },
    ]);
    expect(t.thresholdsCrossed).toEqual([50, 75, 100]); // each fires at most once per cycle (R43)
  });
  it('R41: a ticket without priority uses P3 by default', () => {
    const goals = [{ when: { field: 'priority', eq: 'P3' }, target: '4h' }];
    const { timer } = runCase({
      definitions: [{ id: 'r', metric: 'resolution', calendar: null, goals }],
      events: [created('2025-06-02T09:00:00Z', {})],
      now: '2025-06-02T09:00:00Z',
    });
    expect(timer('r#1').dueAt).toBe('2025-06-02T13:00:00.000Z');
  });
  it('R5: a floating calendar takes the requester zone, else the system zone', () => {
    const cal = { ...bh(), timeZone: 'floating' };
    const def = {
      id: 'r',
      metric: 'resolution',
      target: '1h',
      calendar: 'bh',
      timeZoneSource: 'requester',
    };
    const tokyo = runCase({
      calendars: [cal],
      definitions: [def],
      events: [created('2025-06-02T01:00:00Z', { requesterTimeZone: 'Asia/Tokyo' })],
      now: '2025-06-02T01:00:00Z',
    });
    expect(tokyo.timer('r#1').dueAt).toBe('2025-06-02T02:00:00.000Z');
    expect(tokyo.timer('r#1').timeZone).toBe('Asia/Tokyo');
    const system = runCase({
      calendars: [cal],
      definitions: [def],
      systemTimeZone: 'America/New_York',
      events: [created('2025-06-02T01:00:00Z')],
      now: '2025-06-02T01:00:00Z',
    });
    expect(system.timer('r#1').dueAt).toBe('2025-06-02T14:00:00.000Z');
  });
  it('R59: a pause and resume at the same instant is a no-op', () => {
    const { timer } = runCase({
      definitions: [resolution({ target: '1h' })],
      events: [
        created('2025-06-02T09:00:00Z'),
        update('2025-06-02T09:10:00Z', { status: 'pending' }),
        update('2025-06-02T09:10:00Z', { status: 'open' }),
      ],
      now: '2025-06-02T09:20:00Z',
    });
    expect(timer('r#1').pauseDuration).toBe(0);
    expect(timer('r#1').dueAt).toBe('2025-06-02T10:00:00.000Z');
  });
  it('R37/E16: each reassignment starts a new OWNERSHIP instance from the assignment', () => {
    const { timer } = runCase({
      definitions: [{ id: 'own', type: 'OLA', metric: 'ownership', target: '2h', calendar: null }],
      events: [
        created('2025-06-02T09:00:00Z', { group: 'L1' }),
        update('2025-06-02T10:00:00Z', { group: 'L2' }),
      ],
      now: '2025-06-02T10:30:00Z',
    });
    expect(timer('own#1').stage).toBe('completed');
    expect(timer('own#2').startTime).toBe('2025-06-02T10:00:00.000Z');
    expect(timer('own#2').dueAt).toBe('2025-06-02T12:00:00.000Z');
  });
  it('R30: after a reopen, update and ownership cycles count from the reopen, not from before it', () => {
    const { timer } = runCase({
      definitions: [
        { id: 'upd', metric: 'periodic_update', target: '2h', calendar: null },
        { id: 'own', metric: 'ownership', target: '4h', calendar: null, onReopen: 'newCycle' },
      ],
      events: [
        created('2025-06-02T09:00:00Z', { group: 'L1' }),
        { at: '2025-06-02T09:30:00Z', type: 'agent_reply' },
        update('2025-06-02T10:00:00Z', { status: 'solved' }),
        update('2025-06-03T10:00:00Z', { status: 'open' }),
      ],
      now: '2025-06-03T10:30:00Z',
    });
    expect(timer('upd#2').startTime).toBe('2025-06-03T10:00:00.000Z');
    expect(timer('own#2').dueAt).toBe('2025-06-03T14:00:00.000Z');
  });
  it('R27/R29: restartRetroactive applies past pauses only with includePausesSince', () => {
    const def = (include: boolean) => ({
      id: 'r',
      metric: 'custom',
      calendar: null,
      goals: [{ when: { field: 'priority', eq: 'P1' }, target: '4h' }, { target: '24h' }],
      onTargetChange: 'restartRetroactive',
      retroactive: { startField: 'createdAt', includePausesSince: include },
      conditions: {
        start: { field: 'status', notIn: ['solved'] },
        stop: { field: 'status', eq: 'solved' },
        pause: { field: 'status', eq: 'pending' },
      },
    });
    const events = [
      created('2025-06-02T09:00:00Z'),
      update('2025-06-02T09:30:00Z', { status: 'pending' }),
      update('2025-06-02T10:30:00Z', { status: 'open' }),
      update('2025-06-02T11:00:00Z', { priority: 'P1' }),
    ];
    expect(
      runCase({ definitions: [def(false)], events, now: '2025-06-02T11:00:00Z' }).timer('r#2')
        .dueAt,
    ).toBe('2025-06-02T13:00:00.000Z');
    expect(
      runCase({ definitions: [def(true)], events, now: '2025-06-02T11:00:00Z' }).timer('r#2').dueAt,
    ).toBe('2025-06-02T14:00:00.000Z');
  });
  it('R17.5: with whenToResume=resumeMet only the resume condition resumes', () => {
    const { timer } = runCase({
      definitions: [
        {
          id: 's',
          metric: 'custom',
          target: '2h',
          calendar: null,
          whenToResume: 'resumeMet',
          conditions: {
            start: { field: 'status', notIn: ['solved'] },
            stop: { field: 'status', eq: 'solved' },
            pause: { field: 'status', eq: 'pending' },
            resume: { field: 'replied', eq: true },
          },
        },
      ],
      events: [
        created('2025-06-02T09:00:00Z'),
        update('2025-06-02T09:30:00Z', { status: 'pending' }),
        update('2025-06-02T10:00:00Z', { status: 'open' }),
        update('2025-06-02T11:00:00Z', { replied: true }),
      ],
      now: '2025-06-02T11:00:00Z',
    });
    expect(timer('s#1').pauseDuration).toBe(5400);
    expect(timer('s#1').dueAt).toBe('2025-06-02T12:30:00.000Z');
  });
  it('R9: a new calendar version re-evaluates running timers; completed ones keep theirs', () => {
    // From Wednesday 2025-06-04 the team works 08:00–20:00 instead of 09:00–17:00.
    const calendars = [bh(), bh('08:00', '20:00', { effectiveFrom: '2025-06-04T00:00:00Z' })];
    const definitions = [
      { id: 'fr', metric: 'first_response', target: '4h', calendar: 'bh' },
      { id: 'r', metric: 'resolution', target: '24h', calendar: 'bh' },
    ];
    const events = [
      created('2025-06-02T07:30:00Z'), // Monday, before either version's day starts
      { at: '2025-06-02T10:00:00Z', type: 'agent_reply' },
    ];
    const before = runCase({ calendars, definitions, events, now: '2025-06-03T12:00:00Z' });
    expect(before.timer('r#1').dueAt).toBe('2025-06-04T17:00:00.000Z'); // 3 × 8 h
    const after = runCase({ calendars, definitions, events, now: '2025-06-04T10:00:00Z' });
    // First response was met on Monday, judged on the first version: due 13:00, 1 h elapsed.
    expect(after.timer('fr#1')).toMatchObject({
      stage: 'completed',
      dueAt: '2025-06-02T13:00:00.000Z',
      businessElapsed: 3600,
    });
    // Resolution, still running at the change, counts on the new hours from its start: 12 h on
    // Monday and 12 h on Tuesday, so it was due Tuesday 20:00 — a breach recorded at the change.
    const r = after.timer('r#1');
    expect(r.dueAt).toBe('2025-06-03T20:00:00.000Z');
    expect(r.breachRecordedAt).toBe('2025-06-04T00:00:00.000Z');
    expect(r.explanation!.notes).toContain(
      "calendar 'bh' changed 2025-06-04T00:00:00.000Z: re-evaluated on its new version (R9)",
    );
    // A timer that starts after the change uses the new version from the start.
    const later = runCase({
      calendars,
      definitions,
      events: [created('2025-06-05T07:30:00Z')],
      now: '2025-06-05T07:30:00Z',
    });
    expect(later.timer('fr#1').dueAt).toBe('2025-06-05T12:00:00.000Z');
  });
});
