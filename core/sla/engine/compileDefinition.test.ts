import { describe, expect, it } from 'vitest';
import { compileDefinition } from './compileDefinition';

const calendars = new Set(['bh']);

describe('compileDefinition', () => {
  it('fills the defaults of each metric (R29–R34)', () => {
    const d = compileDefinition(
      { id: 'r', metric: 'resolution', target: '8h', calendar: 'bh' },
      'definitions.0',
      calendars,
      [75, 50],
    );
    expect([...d.pauseIn]).toEqual(['pending', 'on_hold']);
    expect([d.onReopen, d.onTargetChange, d.whenToCancel]).toEqual([
      'resumeCycle',
      'recalculate',
      'never',
    ]);
    expect(d.thresholds).toEqual([50, 75]);
    const f = compileDefinition(
      { id: 'f', metric: 'first_response', target: '1h', onTargetChange: 'restart' },
      'definitions.1',
      calendars,
      [],
    );
    expect([f.onReopen, f.onTargetChange]).toEqual(['newCycle', 'recalculate']);
  });
  it('names the field of what is wrong', () => {
    expect(() =>
      compileDefinition(
        { id: 'r', metric: 'resolution', target: '8h', calendar: 'nope' },
        'definitions.3',
        calendars,
        [],
      ),
    ).toThrow(/definitions\.3\.calendar: unknown calendar 'nope'/);
    expect(() =>
      compileDefinition(
        { id: 'c', metric: 'custom', target: '8h' },
        'definitions.4',
        calendars,
        [],
      ),
    ).toThrow(/definitions\.4\.conditions/);
  });
});
