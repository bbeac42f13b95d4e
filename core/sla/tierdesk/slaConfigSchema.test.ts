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
});
