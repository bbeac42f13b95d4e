import { describe, expect, it } from 'vitest';
import { forEachWorkingSpan } from './forEachWorkingSpan';
import { compileCalendar } from '../calendar/workingCalendar';

const bh = compileCalendar(
  { id: 'bh', timeZone: 'UTC', weekly: [{ days: ['mon', 'tue'], start: '09:00', end: '17:00' }] },
  'UTC',
);
const t = (s: string) => Date.parse(s);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe('forEachWorkingSpan', () => {
  it('visits working spans in order, clipped and minus exclusions', () => {
    const seen: string[] = [];
    forEachWorkingSpan(
      bh,
      t('2025-06-02T10:00Z'),
      t('2025-06-04T00:00Z'),
      [t('2025-06-02T12:00Z'), t('2025-06-03T10:00Z')],
      (s, e) => {
        seen.push(`${iso(s)}–${iso(e)}`);
        return false;
      },
    );
    expect(seen).toEqual([
      '2025-06-02T10:00–2025-06-02T12:00',
      '2025-06-03T10:00–2025-06-03T17:00',
    ]);
  });
  it('stops when the visitor says so', () => {
    let n = 0;
    const stopped = forEachWorkingSpan(bh, 0, t('2030-01-01T00:00Z'), [], () => ++n === 3);
    expect(stopped).toBe(true);
    expect(n).toBe(3);
  });
});
