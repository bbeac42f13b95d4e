import { describe, expect, it } from 'vitest';
import { compileSlaCase, compileTarget } from './compileSlaCase';
import type { SlaCase } from './slaCaseSchema';

const base: SlaCase = {
  calendars: [
    { id: 'bh', timeZone: 'UTC', weekly: [{ days: ['mon'], start: '09:00', end: '17:00' }] },
  ],
  definitions: [{ id: 'r', metric: 'resolution', target: '8h', calendar: 'bh' }],
  events: [{ at: '2025-06-02T09:00:00Z', type: 'created' }],
  now: '2025-06-02T10:00:00Z',
};

describe('compileSlaCase', () => {
  it('reads targets: "1d" is 24 working hours (R13)', () => {
    expect(compileTarget('1d')).toEqual({ kind: 'duration', ms: 86_400_000 });
    expect(compileTarget({ businessDays: 2 })).toEqual({
      kind: 'businessDays',
      days: 2,
      endOfDay: false,
    });
    expect(compileTarget({ dueField: 'due' })).toEqual({ kind: 'relative', field: 'due' });
  });
  it('names what the schema cannot see', () => {
    const bad = (patch: Partial<SlaCase>) => () => compileSlaCase({ ...base, ...patch });
    expect(
      bad({ definitions: [{ id: 'r', metric: 'resolution', target: '8h', calendar: 'nope' }] }),
    ).toThrow(/definitions.0.calendar: unknown calendar 'nope'/);
    expect(bad({ definitions: [{ id: 'c', metric: 'custom', target: '8h' }] })).toThrow(
      /definitions.0.conditions/,
    );
    expect(bad({ definitions: [{ id: 'r', metric: 'resolution' }] })).toThrow(
      /definitions.0: needs a target or goals/,
    );
    expect(
      bad({
        definitions: [
          {
            id: 'r',
            metric: 'resolution',
            target: { dueField: 'd' },
            retroactive: { startField: 'createdAt' },
          },
        ],
      }),
    ).toThrow(/R27/);
    expect(
      bad({ events: [{ at: '2025-06-02T09:00:00Z', type: 'created', set: { status: 'weird' } }] }),
    ).toThrow(/events.0.set.status: unknown status 'weird'/);
    expect(bad({ events: [{ at: '2025-06-02T09:00:00Z', type: 'update' }] })).toThrow(
      /events.0.type: the first event must be 'created'/,
    );
    expect(bad({ now: '2025-06-01T00:00:00Z' })).toThrow(/now: .* is before the last event/);
    expect(bad({ definitions: [] })).toThrow(/a case needs definitions or policies/);
    expect(bad({ calendars: [base.calendars![0]!, base.calendars![0]!] })).toThrow(
      /calendars.1.id: duplicate calendar 'bh'/,
    );
  });
  it('maps custom statuses through statusMap', () => {
    const c = compileSlaCase({ ...base, statusMap: { 'Awaiting User Info': 'pending' } });
    expect(c.statusOf('Awaiting User Info')).toBe('pending');
    expect(c.statusOf('open')).toBe('open');
  });
  it('keeps definition versions in order of their effective instant (R20)', () => {
    const c = compileSlaCase({
      ...base,
      definitions: [
        { id: 'r', metric: 'resolution', target: '1h', effectiveFrom: '2025-06-03T00:00:00Z' },
        { id: 'r', metric: 'resolution', target: '8h' },
      ],
    });
    expect(c.definitions.get('r')!.map((d) => d.from)).toEqual([
      -Infinity,
      Date.parse('2025-06-03T00:00:00Z'),
    ]);
  });
  it('applies built-in defaults: reopen modes (R30), first response always recalculates (R29)', () => {
    const c = compileSlaCase({
      ...base,
      definitions: [
        { id: 'fr', metric: 'first_response', target: '1h', onTargetChange: 'restart' },
        { id: 'r', metric: 'resolution', target: '8h' },
      ],
    });
    expect(c.definitions.get('fr')![0]!.onTargetChange).toBe('recalculate');
    expect(c.definitions.get('fr')![0]!.onReopen).toBe('newCycle');
    expect(c.definitions.get('r')![0]!.onReopen).toBe('resumeCycle');
    expect([...c.definitions.get('r')![0]!.pauseIn]).toEqual(['pending', 'on_hold']);
  });
});
