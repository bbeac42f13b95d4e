import { describe, expect, it } from 'vitest';
import { formatDue } from './formatDue';

const now = Date.parse('2026-03-02T09:00:00Z');

describe('formatDue', () => {
  it('shows weekday and local time within the week', () => {
    expect(
      formatDue('2026-03-03T13:30:00Z', { locale: 'en-GB', timeZone: 'Europe/Berlin', now }),
    ).toBe('Tue 14:30');
    expect(
      formatDue('2026-03-03T13:30:00Z', { locale: 'en-GB', timeZone: 'America/New_York', now }),
    ).toBe('Tue 08:30');
  });

  it('adds the date further out, in the user’s language', () => {
    expect(
      formatDue('2026-03-20T13:30:00Z', { locale: 'de-DE', timeZone: 'Europe/Berlin', now }),
    ).toBe('Fr., 20. März, 14:30');
  });

  it('falls back rather than throwing on a bad zone or instant', () => {
    expect(formatDue('nonsense', { locale: 'en', now })).toBe('nonsense');
    expect(formatDue('2026-03-03T13:30:00Z', { locale: 'en', timeZone: 'Mars/Olympus', now })).toBe(
      '2026-03-03T13:30:00.000Z',
    );
  });
});
