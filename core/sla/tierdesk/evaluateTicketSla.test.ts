import { describe, expect, it } from 'vitest';
import { evaluateTicketSla } from './evaluateTicketSla';
import { defaultSlaConfig } from './defaultSlaConfig';
import { ticketLog } from '../testing/ticketLog';

// 2026-11-02 is a Monday; the default calendar is Mon–Fri 09:00–17:00 UTC.
describe('evaluateTicketSla', () => {
  it('runs first response and resolution from creation, soonest due first', () => {
    const s = evaluateTicketSla(
      ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }),
      defaultSlaConfig,
      '2026-11-02T11:00:00.000Z',
    );
    expect(s.timers.map((t) => [t.id, t.dueAt])).toEqual([
      ['first_response', '2026-11-02T14:00:00.000Z'],
      ['resolution', '2026-11-05T10:00:00.000Z'],
    ]);
    expect(s.nextDueAt).toBe('2026-11-02T14:00:00.000Z');
    expect(s.nextDueTimer).toBe('first_response');
    expect(s.maxPct).toBe(25);
    expect(s.breached).toBe(false);
    expect(s.timers[0]!.explanation.source).toBe("definition 'first_response', goal 3 (P3)");
  });
  it('stops first response at acknowledgement and a public agent comment, never an internal one', () => {
    const internal = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }, [
      {
        at: '2026-11-02T10:30:00.000Z',
        type: 'commented',
        body: 'looking',
        visibility: 'internal',
      },
    ]);
    expect(
      evaluateTicketSla(internal, defaultSlaConfig, '2026-11-02T11:00:00.000Z').timers[0]!.stage,
    ).toBe('in_progress');
    const ack = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }, [
      { at: '2026-11-02T10:30:00.000Z', type: 'acknowledged' },
    ]);
    const s = evaluateTicketSla(ack, defaultSlaConfig, '2026-11-02T11:00:00.000Z');
    expect(s.timers[0]!.stage).toBe('completed');
    expect(s.nextDueTimer).toBe('resolution');
  });
  it('pauses resolution while waiting on the user and moves its due time by the business time paused', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P2' }, [
      { at: '2026-11-02T11:00:00.000Z', type: 'info_requested', question: 'Which browser?' },
      {
        at: '2026-11-02T11:00:00.000Z',
        type: 'status_changed',
        from: 'new',
        to: 'waiting_on_user',
      },
      { at: '2026-11-02T13:00:00.000Z', type: 'user_replied', body: 'Firefox' },
      {
        at: '2026-11-02T13:00:00.000Z',
        type: 'status_changed',
        from: 'waiting_on_user',
        to: 'in_progress',
      },
    ]);
    const during = evaluateTicketSla(log.slice(0, 3), defaultSlaConfig, '2026-11-02T12:00:00.000Z');
    expect(during.paused).toBe(true);
    expect(during.timers[1]!.dueAt).toBeNull();
    const after = evaluateTicketSla(log, defaultSlaConfig, '2026-11-02T13:30:00.000Z');
    expect(after.paused).toBe(false);
    expect(after.timers.find((t) => t.id === 'resolution')!.dueAt).toBe('2026-11-03T12:00:00.000Z');
  });
  it('recalculates on a priority raise, keeping the start (R29)', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }, [
      {
        at: '2026-11-02T10:30:00.000Z',
        type: 'priority_changed',
        from: 'P3',
        to: 'P1',
        reason: 'payroll down for all',
      },
    ]);
    const s = evaluateTicketSla(log, defaultSlaConfig, '2026-11-02T10:30:00.000Z');
    const fr = s.timers.find((t) => t.id === 'first_response')!;
    expect(fr.dueAt).toBe('2026-11-02T10:15:00.000Z');
    expect(fr.hasBreached).toBe(true);
    expect(fr.breachRecordedAt).toBe('2026-11-02T10:30:00.000Z');
    expect(s.breached).toBe(true);
  });
  it('resumes resolution after a reopen within the window (R30) and ends it on close (R38)', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P2' }, [
      { at: '2026-11-02T11:00:00.000Z', type: 'resolved', resolution: 'cleared cache' },
      { at: '2026-11-02T11:00:00.000Z', type: 'status_changed', from: 'new', to: 'resolved' },
      { at: '2026-11-02T12:00:00.000Z', type: 'reopened', reason: 'still broken' },
      {
        at: '2026-11-02T12:00:00.000Z',
        type: 'status_changed',
        from: 'resolved',
        to: 'in_progress',
      },
    ]);
    const s = evaluateTicketSla(log, defaultSlaConfig, '2026-11-02T12:30:00.000Z');
    const res = s.timers.filter((t) => t.definition === 'resolution');
    expect(res).toHaveLength(1);
    expect(res[0]!.dueAt).toBe('2026-11-03T11:00:00.000Z');
    const closed = evaluateTicketSla(
      [
        ...log,
        {
          seq: 6,
          at: '2026-11-02T13:00:00.000Z',
          actor: { kind: 'system', id: 'x' },
          type: 'status_changed',
          from: 'in_progress',
          to: 'closed',
        },
      ],
      defaultSlaConfig,
      '2026-11-02T14:00:00.000Z',
    );
    expect(closed.nextDueAt).toBeNull();
    expect(closed.maxPct).toBeNull();
  });
  it('times a major incident as P1, around the clock, from its start (R48, R29)', () => {
    // Friday 2026-11-06 16:00 UTC, P3; linked to a major incident at 16:30.
    const log = ticketLog({ at: '2026-11-06T16:00:00.000Z', priority: 'P3' }, [
      {
        at: '2026-11-06T16:30:00.000Z',
        type: 'incident_linked',
        incidentId: '01JD8Z5Q9X7YB3C4D5E6F7G8H9',
        major: true,
      },
    ]);
    const before = evaluateTicketSla(log.slice(0, 1), defaultSlaConfig, '2026-11-06T16:30:00.000Z');
    expect(before.timers.map((t) => t.dueAt)).toEqual([
      '2026-11-09T12:00:00.000Z', // 4 business hours: one on Friday, three on Monday
      '2026-11-11T16:00:00.000Z', // 3 business days
    ]);
    const major = evaluateTicketSla(log, defaultSlaConfig, '2026-11-06T16:45:00.000Z');
    expect(major.timers.map((t) => t.dueAt)).toEqual([
      '2026-11-06T16:15:00.000Z', // 15 min from 16:00: breached, recorded at 16:30 (R25)
      '2026-11-06T20:00:00.000Z', // 4 h from 16:00, Friday evening included
    ]);
    expect(major.timers[0]!.breachRecordedAt).toBe('2026-11-06T16:30:00.000Z');
    expect(major.timers[1]!.explanation.source).toBe('major incident (R48)');
    expect(major.timers[1]!.explanation.calendar).toMatch(/^24x7/);
  });
  it('reads a now earlier than the last event as the last event', () => {
    const s = evaluateTicketSla(
      ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }),
      defaultSlaConfig,
      '2026-11-02T09:00:00.000Z',
    );
    expect(s.timers[0]!.businessPct).toBe(0);
  });
  it('builds explanations only when read, and serialises them (R51)', () => {
    const s = evaluateTicketSla(
      ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }),
      defaultSlaConfig,
      '2026-11-02T11:00:00.000Z',
    );
    const json = JSON.parse(JSON.stringify(s));
    expect(json.timers[0].explanation.calendar).toBe('business (UTC)');
    expect(json.timers[0].dueAt).toBe('2026-11-02T14:00:00.000Z');
    expect(s.timers[1]!.explanation.target).toBe('3 business days, same local time');
  });
  it('has no timers without a created event', () => {
    expect(evaluateTicketSla([], defaultSlaConfig, '2026-11-02T09:00:00.000Z').timers).toEqual([]);
  });
  it('reads a log out of order as the sorted log, and one starting elsewhere as none (R19)', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }, [
      { at: '2026-11-02T10:30:00.000Z', type: 'acknowledged' },
      { at: '2026-11-02T11:00:00.000Z', type: 'info_requested', question: 'Which browser?' },
      { at: '2026-11-03T12:00:00.000Z', type: 'user_replied', body: 'Firefox' },
    ]);
    const now = '2026-11-04T10:00:00.000Z';
    const sorted = JSON.stringify(evaluateTicketSla(log, defaultSlaConfig, now));
    const shuffled = [log[2]!, log[0]!, log[3]!, log[1]!];
    expect(JSON.stringify(evaluateTicketSla(shuffled, defaultSlaConfig, now))).toBe(sorted);
    expect(evaluateTicketSla(log.slice(1), defaultSlaConfig, now).timers).toEqual([]);
  });
  it('keeps a timer past the horizon cap as an error state instead of throwing (R53)', () => {
    // Holidays cover the business calendar for ten years: no P3 due can be found.
    const closed = {
      ...defaultSlaConfig,
      calendars: [
        {
          ...defaultSlaConfig.calendars[0]!,
          holidays: [{ from: '2026-01-01', to: '2036-01-01', name: 'closed' }],
        },
      ],
    };
    const created = { at: '2026-11-02T10:00:00.000Z', priority: 'P3' } as const;
    const s = evaluateTicketSla(ticketLog(created), closed, '2026-11-03T10:00:00.000Z');
    expect(s.timers.map((t) => [t.id, t.stage, t.dueAt, t.nextChangeAt, t.hasBreached])).toEqual([
      ['first_response', 'in_progress', null, null, false],
      ['resolution', 'in_progress', null, null, false],
    ]);
    for (const t of s.timers) expect(t.error).toMatch(/horizon cap, R53/);
    expect(s.nextDueAt).toBeNull();
    expect(JSON.parse(JSON.stringify(s)).timers[0].error).toMatch(/R53/);
    // Raised to P1 (24×7, no calendar): first response is due again; resolution too.
    const raised = ticketLog(created, [
      {
        at: '2026-11-02T11:00:00.000Z',
        type: 'priority_changed',
        from: 'P3',
        to: 'P1',
        reason: 'outage',
      },
    ]);
    const r = evaluateTicketSla(raised, closed, '2026-11-02T11:05:00.000Z');
    expect(r.timers.map((t) => [t.id, t.dueAt, t.error])).toEqual([
      ['first_response', '2026-11-02T10:15:00.000Z', null],
      ['resolution', '2026-11-02T14:00:00.000Z', null],
    ]);
    // A P1 ticket on the same config has no error at all.
    const p1 = evaluateTicketSla(
      ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P1' }),
      closed,
      '2026-11-02T10:05:00.000Z',
    );
    expect(p1.timers.every((t) => t.error === null)).toBe(true);
  });
});
