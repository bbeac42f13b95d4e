import { describe, expect, it } from 'vitest';
import { bh, created, runCase, update } from '../testing/runCase';

describe('describeTimer', () => {
  it('R21: while paused after the breach, projectedDueAt is the instant the target was reached', () => {
    const { timer } = runCase({
      definitions: [{ id: 'r', metric: 'resolution', target: '1h', calendar: null }],
      events: [
        created('2025-06-02T09:00:00Z'),
        update('2025-06-02T11:00:00Z', { status: 'pending' }),
      ],
      now: '2025-06-02T12:00:00Z',
    });
    expect(timer('r#1')).toMatchObject({
      stage: 'paused',
      dueAt: null,
      projectedDueAt: '2025-06-02T10:00:00.000Z',
      hasBreached: true,
      actualTimeLeft: null,
    });
  });
  it('R44/E14: "1 h before the deadline" is 1 h of business time before it, not wall time', () => {
    const { timer } = runCase({
      calendars: [bh()],
      definitions: [
        {
          id: 'r',
          metric: 'resolution',
          target: '8h',
          calendar: 'bh',
          escalations: [{ before: '1h' }],
        },
      ],
      events: [created('2025-06-02T13:00:00Z')],
      now: '2025-06-02T13:00:00Z',
    });
    expect(timer('r#1').dueAt).toBe('2025-06-03T13:00:00.000Z');
    expect(timer('r#1').escalations).toEqual([
      {
        label: '1h before the deadline',
        at: '2025-06-03T12:00:00.000Z',
        notifyAt: '2025-06-03T12:00:00.000Z',
      },
    ]);
    const early = runCase({
      calendars: [bh()],
      definitions: [
        {
          id: 'r',
          metric: 'resolution',
          target: '8h',
          calendar: 'bh',
          escalations: [{ before: '1h' }, { before: '2h', label: 'lead' }],
        },
      ],
      events: [created('2025-06-02T10:00:00Z')],
      now: '2025-06-02T10:00:00Z',
    });
    // due Tue 10:00; wall-clock offsets would give Tue 09:00 and Tue 08:00 (before opening)
    expect(early.timer('r#1').escalations).toEqual([
      {
        label: '1h before the deadline',
        at: '2025-06-02T17:00:00.000Z',
        notifyAt: '2025-06-02T17:00:00.000Z',
      },
      { label: 'lead', at: '2025-06-02T16:00:00.000Z', notifyAt: '2025-06-02T16:00:00.000Z' },
    ]);
  });
  it('E9/decision 7: quiet hours hold notifications to the next working instant', () => {
    const run = (quietHours: boolean) =>
      runCase({
        calendars: [bh()],
        definitions: [{ id: 'r', metric: 'resolution', target: '8h', calendar: 'bh', quietHours }],
        events: [created('2025-06-06T13:00:00Z')],
        now: '2025-06-06T13:00:00Z',
      }).timer('r#1').thresholds[0]!;
    // 50 % is reached at Friday 17:00 (an interval end, R10): held, it goes out Monday 09:00.
    expect(run(false)).toMatchObject({
      at: '2025-06-06T17:00:00.000Z',
      notifyAt: '2025-06-06T17:00:00.000Z',
    });
    expect(run(true)).toMatchObject({
      at: '2025-06-06T17:00:00.000Z',
      notifyAt: '2025-06-09T09:00:00.000Z',
    });
  });
  it('R43: thresholds are re-planned by a pause', () => {
    const run = (events: unknown[]) =>
      runCase({
        definitions: [{ id: 'r', metric: 'resolution', target: '4h', calendar: null }],
        events,
        now: '2025-06-02T11:00:00Z',
      }).timer('r#1');
    expect(run([created('2025-06-02T09:00:00Z')]).thresholds.map((t) => t.at)).toEqual([
      '2025-06-02T11:00:00.000Z',
      '2025-06-02T12:00:00.000Z',
      '2025-06-02T13:00:00.000Z',
    ]);
    const paused = run([
      created('2025-06-02T09:00:00Z'),
      update('2025-06-02T09:30:00Z', { status: 'pending' }),
      update('2025-06-02T10:00:00Z', { status: 'open' }),
    ]);
    expect(paused.thresholds.map((t) => t.at)).toEqual([
      '2025-06-02T11:30:00.000Z',
      '2025-06-02T12:30:00.000Z',
      '2025-06-02T13:30:00.000Z',
    ]);
  });
  it('E1/R51: explains skipped holidays, the calendar, the target source and the pauses', () => {
    const { timer } = runCase({
      calendars: [
        bh('09:00', '17:00', {
          holidays: [
            { date: '2025-12-25', name: 'Christmas' },
            { date: '2025-12-26', name: 'St Stephen' },
          ],
        }),
      ],
      definitions: [{ id: 'r', metric: 'resolution', target: '16h', calendar: 'bh' }],
      events: [
        created('2025-12-24T09:00:00Z'),
        update('2025-12-24T10:00:00Z', { status: 'pending' }),
        update('2025-12-24T11:00:00Z', { status: 'open' }),
      ],
      now: '2025-12-24T11:00:00Z',
    });
    const e = timer('r#1').explanation!;
    expect(timer('r#1').dueAt).toBe('2025-12-30T10:00:00.000Z');
    expect(e.holidaysSkipped).toEqual(['2025-12-25 Christmas', '2025-12-26 St Stephen']);
    expect(e.calendar).toBe('bh (UTC)');
    expect(e.source).toBe("definition 'r'");
    expect(e.pauses).toEqual([
      { from: '2025-12-24T10:00:00.000Z', to: '2025-12-24T11:00:00.000Z', businessSeconds: 3600 },
    ]);
    expect(e.workingIntervals[0]).toEqual({
      from: '2025-12-24T09:00:00.000Z',
      to: '2025-12-24T10:00:00.000Z',
    });
  });
  it('R7: reports whole seconds while counting milliseconds', () => {
    const { timer } = runCase({
      definitions: [{ id: 'r', metric: 'resolution', target: '1h', calendar: null }],
      events: [created('2025-06-02T09:00:00.000Z')],
      now: '2025-06-02T09:00:01.999Z',
    });
    expect(timer('r#1').businessElapsed).toBe(1);
    expect(timer('r#1').businessTimeLeft).toBe(3599);
  });
});
