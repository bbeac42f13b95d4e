// Test fixtures: the SLA configs the golden differential check evaluates every random ticket
// against, chosen to reach every path of the replay (metrics, modes, versions, zones, DST).
import type { SlaConfig } from '../tierdesk/slaConfigSchema';
import { defaultSlaConfig } from '../tierdesk/defaultSlaConfig';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** The bench's calendar: Berlin business hours with a year of holidays and a partial closure. */
const berlin: SlaConfig = {
  ...defaultSlaConfig,
  calendars: [
    {
      id: 'business',
      timeZone: 'Europe/Berlin',
      weekly: [{ days: [...weekdays], start: '09:00', end: '17:00' }],
      holidays: [
        { month: 1, day: 1, name: 'New year' },
        { month: 5, day: 1, name: 'Labour day' },
        { month: 10, day: 3, name: 'Unity day' },
        { from: '2026-12-24', to: '2026-12-26', name: 'Christmas' },
        { date: '2026-11-18', start: '12:00', end: '14:00', name: 'all-hands' },
      ],
    },
  ],
};

/** New York, split days and a night shift, every built-in metric and most modes. */
const rich: SlaConfig = {
  calendars: [
    {
      id: 'ny',
      timeZone: 'America/New_York',
      weekly: {
        mon: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '18:00' },
        ],
        tue: [{ start: '08:00', end: '18:00' }],
        wed: [{ start: '22:00', end: '06:00' }],
        thu: [{ start: '08:00', end: '23:59' }],
        fri: [{ start: '09:00', end: '15:30' }],
        sat: [{ start: '10:00', end: '12:00' }],
      },
      holidays: [
        { month: 11, weekday: 'thu', nth: 4, name: 'Thanksgiving' },
        { month: 5, weekday: 'mon', nth: -1, name: 'Memorial day' },
        { month: 7, day: 4, name: 'Independence day' },
        { date: '2026-03-09', start: '08:00', end: '10:00', name: 'training' },
      ],
      extraWorking: [{ date: '2026-11-29', start: '09:00', end: '13:00' }],
    },
  ],
  definitions: [
    {
      id: 'first_response',
      metric: 'first_response',
      calendar: 'ny',
      goals: [
        { when: { field: 'priority', eq: 'P1' }, target: '30m', calendar: null },
        { when: { field: 'priority', in: ['P2', 'P3'] }, target: '2h' },
        { target: { businessDays: 1, endOfDay: true } },
      ],
      thresholds: [50, 80, 100],
      escalations: [{ before: '15m' }],
      timeLeftThresholds: [{ timeLeft: '1h', label: 'soon' }],
      quietHours: true,
    },
    { id: 'next_response', metric: 'next_response', calendar: 'ny', target: '4h' },
    { id: 'update', metric: 'periodic_update', calendar: 'ny', target: '1d' },
    {
      id: 'resolution',
      metric: 'resolution',
      calendar: 'ny',
      onTargetChange: 'restart',
      goals: [
        { when: { field: 'priority', eq: 'P1' }, target: '4h', calendar: null },
        { when: { field: 'priority', eq: 'P2' }, target: '8h' },
        { when: { field: 'priority', eq: 'P3' }, target: { businessDays: 3 } },
        { target: { businessDays: 5 } },
      ],
    },
    {
      id: 'l1_ownership',
      type: 'OLA',
      metric: 'ownership',
      calendar: 'ny',
      target: '3h',
      filter: { field: 'group', eq: 'L1' },
      onBreach: { set: { group: 'L2' } },
    },
    { id: 'wait', metric: 'requester_wait', calendar: null, target: '2d' },
    { id: 'work', metric: 'agent_work', calendar: 'ny', target: '6h' },
    {
      id: 'work',
      metric: 'agent_work',
      calendar: 'ny',
      target: '5h',
      thresholds: [25, 100],
      effectiveFrom: '2026-03-01T00:00:00.000Z',
    },
    {
      id: 'major',
      metric: 'custom',
      calendar: null,
      target: '1h',
      conditions: {
        start: { field: 'majorIncident', eq: true },
        stop: { field: 'status', in: ['solved', 'closed'] },
        pause: { field: 'status', eq: 'pending' },
      },
    },
  ],
  thresholds: [50, 75, 100],
  reopenWindowDays: 3,
};

/** Policies (R39) on a floating calendar read in Sydney, retroactive restarts on a change. */
const policies: SlaConfig = {
  systemTimeZone: 'Australia/Sydney',
  calendars: [
    {
      id: 'office',
      timeZone: 'floating',
      weekly: [{ days: [...weekdays], start: '08:30', end: '17:00' }],
      holidays: [
        { month: 12, day: 25 },
        { month: 1, day: 26 },
      ],
    },
  ],
  policies: [
    {
      id: 'vip',
      position: 1,
      calendar: 'office',
      filter: { all: [{ field: 'category', eq: 'access' }] },
      targets: [
        { metric: 'first_response', target: '1h' },
        { metric: 'resolution', target: '1d', businessHours: false },
      ],
    },
    {
      id: 'standard',
      position: 2,
      calendar: 'office',
      targets: [
        { metric: 'first_response', priority: 'P1', target: '15m', businessHours: false },
        { metric: 'first_response', target: '4h' },
        { metric: 'resolution', priority: 'P1', target: '8h' },
        { metric: 'resolution', target: { businessDays: 2 } },
      ],
    },
  ],
  definitions: [
    {
      id: 'l2_ownership',
      type: 'OLA',
      metric: 'ownership',
      calendar: 'office',
      target: '1d',
      filter: { field: 'group', eq: 'L2' },
      onTargetChange: 'restartRetroactive',
      retroactive: { startField: 'createdAt', includePausesSince: true },
      goals: [{ when: { field: 'priority', eq: 'P1' }, target: '2h' }, { target: '1d' }],
    },
  ],
  thresholds: [60, 90, 100],
};

/** Every config of the golden check, by name. */
export const goldenConfigs: Record<string, SlaConfig> = {
  default: defaultSlaConfig,
  berlin,
  rich,
  policies,
};
