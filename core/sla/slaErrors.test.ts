import { describe, expect, it } from 'vitest';
import { SlaHorizonError, SlaInputError } from './slaErrors';

describe('SLA errors', () => {
  it('name the field of bad input', () => {
    const e = new SlaInputError('events.3.at', 'is before the previous event');
    expect(e.message).toBe('events.3.at: is before the previous event');
    expect(e.path).toBe('events.3.at');
  });
  it('say where the horizon search started', () => {
    expect(new SlaHorizonError('addWorkingTime', 0).message).toMatch(/1970-01-01T00:00:00.000Z/);
  });
});
