// The policy of DESIGN.md as a configuration: P1 15 min / 4 h around the clock; P2 1 h / 8 h,
// P3 4 h / 3 business days, P4 1 / 5 business days, P5 (planning) 2 / 20 business days on a
// Mon–Fri 09:00–17:00 calendar (UTC unless the team sets its zone); a major incident as P1.
import type { Condition } from '../engine/condition';
import type { TargetInput } from '../engine/definitionSchema';
import type { SlaConfig } from './slaConfigSchema';

const priority = (p: string): Condition => ({ field: 'priority', eq: p });

function goals(targets: [string, TargetInput, boolean][]) {
  return targets.map(([p, target, allDay]) => ({
    when: priority(p),
    target,
    label: p,
    ...(allDay ? { calendar: null } : {}),
  }));
}

export const defaultSlaConfig: SlaConfig = {
  calendars: [
    {
      id: 'business',
      timeZone: 'UTC',
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
      holidays: [],
    },
  ],
  definitions: [
    {
      id: 'first_response',
      name: 'First response',
      metric: 'first_response',
      calendar: 'business',
      goals: goals([
        ['P1', '15m', true],
        ['P2', '1h', false],
        ['P3', '4h', false],
        ['P4', { businessDays: 1 }, false],
        ['P5', { businessDays: 2 }, false],
      ]),
    },
    {
      id: 'resolution',
      name: 'Resolution',
      metric: 'resolution',
      calendar: 'business',
      goals: goals([
        ['P1', '4h', true],
        ['P2', '8h', false],
        ['P3', { businessDays: 3 }, false],
        ['P4', { businessDays: 5 }, false],
        ['P5', { businessDays: 20 }, false],
      ]),
    },
  ],
  // R48: a major incident is timed around the clock, as tight as P1 (DESIGN.md's 15 min / 4 h).
  majorIncident: { targets: { first_response: '15m', resolution: '4h' } },
  thresholds: [50, 75, 100],
  reopenWindowDays: 14,
};
