import { describe, expect, it } from 'vitest';
import { crossedThresholds, nextSlaWakeUp, slaAlerts } from './slaAlerts';
import { evaluateTicketSla } from './evaluateTicketSla';
import { defaultSlaConfig } from './defaultSlaConfig';
import { ticketLog } from '../testing/ticketLog';

const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' });
const at = (now: string) => evaluateTicketSla(log, defaultSlaConfig, now);

describe('slaAlerts', () => {
  it('reports each threshold and the breach once, as they are crossed', () => {
    const t0 = at('2026-11-02T10:30:00.000Z');
    const t1 = at('2026-11-02T12:30:00.000Z');
    expect(slaAlerts(t0, t1)).toEqual([
      {
        kind: 'threshold',
        timer: 'first_response',
        percent: 50,
        dueAt: '2026-11-02T14:00:00.000Z',
        retracted: false,
        notify: true,
      },
    ]);
    const t2 = at('2026-11-02T14:00:00.000Z');
    expect(slaAlerts(t1, t2).map((a) => [a.kind, a.percent])).toEqual([
      ['threshold', 75],
      ['breach', 100],
    ]);
    expect(slaAlerts(t2, at('2026-11-02T15:00:00.000Z'))).toEqual([]);
    expect(slaAlerts(null, t2)).toHaveLength(3);
  });
  it('retracts a breach a target change undid (R25)', () => {
    const raised = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P2' }, [
      {
        at: '2026-11-02T11:30:00.000Z',
        type: 'priority_changed',
        from: 'P2',
        to: 'P3',
        reason: 'only one user',
      },
    ]);
    const before = evaluateTicketSla(
      raised.slice(0, 1),
      defaultSlaConfig,
      '2026-11-02T11:20:00.000Z',
    );
    const after = evaluateTicketSla(raised, defaultSlaConfig, '2026-11-02T11:30:00.000Z');
    expect(before.timers[0]!.hasBreached).toBe(true);
    expect(slaAlerts(before, after)).toContainEqual({
      kind: 'breach',
      timer: 'first_response',
      percent: 100,
      dueAt: '2026-11-02T11:00:00.000Z',
      retracted: true,
      notify: false,
    });
  });
  it('lists what was crossed, for a store that dedupes', () => {
    expect(
      crossedThresholds(at('2026-11-02T14:00:00.000Z')).map((c) => `${c.timer}:${c.percent}`),
    ).toEqual(['first_response:50', 'first_response:75', 'first_response:100']);
  });
});

describe('nextSlaWakeUp', () => {
  it('is the next threshold or due instant of any running timer', () => {
    expect(nextSlaWakeUp(at('2026-11-02T10:30:00.000Z'), '2026-11-02T10:30:00.000Z')).toBe(
      '2026-11-02T12:00:00.000Z',
    );
    expect(nextSlaWakeUp(at('2026-11-02T14:30:00.000Z'), '2026-11-02T14:30:00.000Z')).toBe(
      '2026-11-03T14:00:00.000Z' /* resolution 50 %: 12 of its 24 business hours */,
    );
  });
});
