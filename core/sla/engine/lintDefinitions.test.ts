import { describe, expect, it } from 'vitest';
import { lintDefinition } from './lintDefinitions';

describe('lintDefinition (R18, E27)', () => {
  it('warns when pause and start exclude each other under startNotMet (TC-28)', () => {
    const w = lintDefinition({
      id: 'tc28',
      metric: 'custom',
      target: '8h',
      conditions: {
        start: { field: 'status', in: ['new', 'open'] },
        stop: { field: 'status', eq: 'solved' },
        pause: { field: 'status', eq: 'on_hold' },
      },
    });
    expect(w.join('\n')).toMatch(/cancels instead of pausing/);
  });
  it('warns on start ⊆ stop, start ⊆ pause and the same trigger for both', () => {
    const w = lintDefinition({
      id: 'x',
      metric: 'custom',
      target: '8h',
      conditions: {
        start: { field: 'status', eq: 'open' },
        stop: { field: 'status', eq: 'open' },
        pause: { field: 'status', in: ['open', 'pending'] },
      },
    });
    expect(w.some((m) => m.includes('never attaches'))).toBe(true);
    expect(w.some((m) => m.includes('paused at once'))).toBe(true);
    expect(w.some((m) => m.includes('cycle storm'))).toBe(true);
  });
  it('warns on goals shadowed by an earlier OR (E27)', () => {
    const w = lintDefinition({
      id: 'ttr',
      metric: 'resolution',
      goals: [
        { when: { field: 'priority', in: ['P1', 'P4'] }, target: '4h' },
        { when: { field: 'priority', eq: 'P4' }, target: '3d' },
        { target: '1d' },
      ],
    });
    expect(w).toEqual([
      `definition 'ttr': goal 2 is shadowed by goal 1, which already matches P4 (E27)`,
    ]);
  });
  it('is quiet for a sound definition', () => {
    expect(lintDefinition({ id: 'r', metric: 'resolution', target: '8h' })).toEqual([]);
  });
});
