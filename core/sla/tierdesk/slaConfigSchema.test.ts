import { describe, expect, it } from 'vitest';
import { parseWith } from '../../model/parse';
import { slaConfigSchema } from './slaConfigSchema';
import { defaultSlaConfig } from './defaultSlaConfig';

describe('slaConfigSchema', () => {
  it('accepts the default configuration', () => {
    expect(parseWith(slaConfigSchema, defaultSlaConfig).ok).toBe(true);
  });
  it('names a bad field of a team configuration', () => {
    const r = parseWith(slaConfigSchema, {
      ...defaultSlaConfig,
      calendars: [{ id: 'bh', timeZone: 'Mars/Base', weekly: [] }],
    });
    expect(!r.ok && r.message).toMatch(/calendars.0.timeZone: unknown time zone 'Mars\/Base'/);
    expect(parseWith(slaConfigSchema, { ...defaultSlaConfig, extra: 1 }).ok).toBe(false);
  });
  it('reports what only the engine sees, naming the field', () => {
    const closed = parseWith(slaConfigSchema, {
      ...defaultSlaConfig,
      calendars: [{ id: 'business', timeZone: 'UTC', weekly: { sat: [] } }],
    });
    expect(!closed.ok && closed.message).toBe(
      'calendars.0.weekly: the calendar has no working time in any week',
    );
    const unknown = parseWith(slaConfigSchema, {
      ...defaultSlaConfig,
      definitions: [{ id: 'r', metric: 'resolution', target: '8h', calendar: 'nope' }],
    });
    expect(!unknown.ok && unknown.message).toBe("definitions.0.calendar: unknown calendar 'nope'");
  });
});
