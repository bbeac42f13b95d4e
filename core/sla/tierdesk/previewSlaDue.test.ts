import { describe, expect, it } from 'vitest';
import { previewSlaDue } from './previewSlaDue';
import { defaultSlaConfig } from './defaultSlaConfig';
import type { SlaConfig } from './slaConfigSchema';

describe('previewSlaDue', () => {
  it('promises due times from the configured calendar', () => {
    expect(previewSlaDue('P3', '2026-11-06T16:00:00.000Z', defaultSlaConfig).firstResponse).toBe(
      '2026-11-09T12:00:00.000Z',
    );
  });
  it('follows the team zone and holidays', () => {
    const berlin: SlaConfig = {
      ...defaultSlaConfig,
      calendars: [
        {
          ...defaultSlaConfig.calendars[0]!,
          timeZone: 'Europe/Berlin',
          holidays: [{ month: 12, day: 25, name: 'Christmas' }],
        },
      ],
    };
    expect(previewSlaDue('P2', '2026-12-24T15:30:00.000Z', berlin).firstResponse).toBe(
      '2026-12-28T08:30:00.000Z',
    );
  });
  it('answers null where no target applies', () => {
    const onlyResolution: SlaConfig = {
      ...defaultSlaConfig,
      definitions: [defaultSlaConfig.definitions![1]!],
      majorIncident: { targets: { resolution: '4h' } },
    };
    expect(previewSlaDue('P1', '2026-11-02T10:00:00.000Z', onlyResolution)).toEqual({
      firstResponse: null,
      resolution: '2026-11-02T14:00:00.000Z',
    });
  });
});
