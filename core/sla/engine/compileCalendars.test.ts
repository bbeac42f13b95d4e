import { describe, expect, it } from 'vitest';
import { SlaInputError } from '../slaErrors';
import { bh } from '../testing/runCase';
import { compileCalendars } from './compileCalendars';

const from = (at: string) => Date.parse(at);

function thrown(run: () => unknown): SlaInputError {
  try {
    run();
  } catch (e) {
    if (e instanceof SlaInputError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('compileCalendars', () => {
  it('keeps a calendar’s versions in time order and says which is in effect when (R9)', () => {
    const c = compileCalendars(
      [
        bh('08:00', '20:00', { effectiveFrom: '2025-06-04T00:00:00Z' }),
        bh(),
        bh('10:00', '12:00', { effectiveFrom: '2025-07-01T00:00:00Z' }),
        bh('09:00', '17:00', { id: 'other' }),
      ],
      'UTC',
    );
    expect(c.calendarChanges).toEqual([from('2025-06-04T00:00:00Z'), from('2025-07-01T00:00:00Z')]);
    expect(c.calendarVersionAt('bh', from('2025-06-03T23:59:59Z'))).toBe(0);
    expect(c.calendarVersionAt('bh', from('2025-06-04T00:00:00Z'))).toBe(1);
    expect(c.calendarVersionAt('bh', from('2025-08-01T00:00:00Z'))).toBe(2);
    expect(c.calendarVersionAt('other', 0)).toBe(0);
    expect(c.calendarVersionAt(null, 0)).toBe(0);
    // The first version (no effectiveFrom) is the calendar's input; each version compiles once.
    expect([...c.calendarInputs.keys()]).toEqual(['bh', 'other']);
    expect(c.calendarInputs.get('bh')!.effectiveFrom).toBeUndefined();
    const june = c.calendarFor('bh', null, 'x', from('2025-06-10T00:00:00Z'));
    expect(june).toBe(c.calendarFor('bh', null, 'x', from('2025-06-20T00:00:00Z')));
    expect(june).not.toBe(c.calendarFor('bh', null, 'x'));
    // Monday 2025-06-09: 08:00–20:00 in the June version.
    expect(june.intervalsOn(june.dayOf(from('2025-06-09T12:00:00Z')))).toEqual([
      from('2025-06-09T08:00:00Z'),
      from('2025-06-09T20:00:00Z'),
    ]);
  });
  it('applies a calendar’s first version before its first effectiveFrom', () => {
    const c = compileCalendars(
      [bh('08:00', '20:00', { effectiveFrom: '2025-06-04T00:00:00Z' })],
      'UTC',
    );
    expect(c.calendarChanges).toEqual([]);
    expect(c.calendarVersionAt('bh', 0)).toBe(0);
  });
  it('rejects a duplicate version and an unknown calendar, naming the field', () => {
    expect(thrown(() => compileCalendars([bh(), bh()], 'UTC')).path).toBe('calendars.1.id');
    const at = { effectiveFrom: '2025-06-04T00:00:00Z' };
    expect(
      thrown(() => compileCalendars([bh('09:00', '17:00', at), bh('08:00', '18:00', at)], 'UTC'))
        .path,
    ).toBe('calendars.1.effectiveFrom');
    expect(thrown(() => compileCalendars([], 'UTC').calendarFor('x', null, 'goals.0')).path).toBe(
      'goals.0',
    );
  });
  it('checks every version up front (R8)', () => {
    const never = bh('09:00', '17:00', {
      effectiveFrom: '2025-06-04T00:00:00Z',
      weekly: [],
    });
    expect(thrown(() => compileCalendars([bh(), never], 'UTC')).path).toMatch(/^calendars\.1/);
  });
});
