// Time-zone offsets from the runtime's own tz database (Intl), memoised; no tz library (R55).
// `localToInstant` applies R6: a non-existent local time moves forward by the gap, an ambiguous
// one takes the earlier occurrence.

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 900_000;
const NEAR = 30 * 3_600_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows `timeZone` as an IANA zone (or `UTC`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeOffset(timeZone: string, ms: number): number {
  const parts = formatter(timeZone).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * Offset in ms (local wall time − UTC) of `timeZone` at instant `ms`.
 * @example zoneOffset('Europe/Berlin', Date.parse('2025-07-01T00:00:00Z')) // 7_200_000
 */
export function zoneOffset(timeZone: string, ms: number): number {
  if (timeZone === 'UTC') return 0;
  // Offsets change only on quarter hours in the tz data we care about, so one lookup per slot.
  const slot = Math.floor(ms / QUARTER_HOUR);
  let memo = offsets.get(timeZone);
  if (!memo) offsets.set(timeZone, (memo = new Map()));
  let off = memo.get(slot);
  if (off === undefined) {
    if (memo.size > 200_000) memo.clear();
    off = computeOffset(timeZone, slot * QUARTER_HOUR);
    memo.set(slot, off);
  }
  return off;
}

/**
 * The instant of a local wall time (`wallMs` = the wall clock read as if it were UTC).
 * @example localToInstant('America/Los_Angeles', Date.parse('2014-03-09T02:30:00Z')) // 10:30Z
 */
export function localToInstant(timeZone: string, wallMs: number): number {
  if (timeZone === 'UTC') return wallMs;
  const before = zoneOffset(timeZone, wallMs - NEAR);
  const after = zoneOffset(timeZone, wallMs + NEAR);
  if (before === after) return wallMs - before;
  const t1 = wallMs - before;
  const t2 = wallMs - after;
  const v1 = zoneOffset(timeZone, t1) === before;
  const v2 = zoneOffset(timeZone, t2) === after;
  if (v1 && v2) return Math.min(t1, t2); // ambiguous: the earlier occurrence
  if (v1) return t1;
  if (v2) return t2;
  return t1; // in the gap: the pre-transition offset moves it forward by the gap
}
