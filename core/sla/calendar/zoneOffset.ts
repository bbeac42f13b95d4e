// Time-zone offsets from the runtime's own tz database (Intl), memoised; no tz library (R55).
// `localToInstant` applies R6: a non-existent local time moves forward by the gap, an ambiguous
// one takes the earlier occurrence.

const formatters = new Map<string, Intl.DateTimeFormat>();
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

const DAY = 86_400_000;
/** How many UTC days around the first one asked for a zone keeps in an array (about 11 years). */
const NEAR_DAYS = 4096;

/**
 * One zone's offsets, memoised per quarter-hour slot and per UTC day: the hub asks for the same
 * few days thousands of times, and a `formatToParts` call costs about 8 µs.
 */
export class ZoneOffsets {
  readonly #slots = new Map<number, number>();
  /**
   * UTC day → its offset when one offset holds all day, NaN on a day with a transition: days
   * near the first one asked for in an array (Infinity: not known yet), the others in a map.
   */
  readonly #near = new Float64Array(NEAR_DAYS).fill(Infinity);
  #base = NaN;
  readonly #days = new Map<number, number>();
  #lastDay = NaN;
  #lastOffset = 0;
  constructor(readonly timeZone: string) {}

  /** Offset (local wall time − UTC) at instant `ms`, in ms. */
  at(ms: number): number {
    const day = Math.floor(ms / DAY);
    if (day === this.#lastDay) return this.#lastOffset;
    if (this.#base !== this.#base) this.#base = day - NEAR_DAYS / 2;
    const slot = day - this.#base;
    let off: number | undefined;
    if (slot >= 0 && slot < NEAR_DAYS) {
      off = this.#near[slot]!;
      if (off === Infinity) off = this.#near[slot] = this.#dayOffset(day);
    } else {
      off = this.#days.get(day);
      if (off === undefined) {
        if (this.#days.size > 100_000) this.#days.clear();
        off = this.#dayOffset(day);
        this.#days.set(day, off);
      }
    }
    if (Number.isNaN(off)) return this.#slot(Math.floor(ms / QUARTER_HOUR));
    this.#lastDay = day;
    this.#lastOffset = off;
    return off;
  }

  // Offsets at a UTC day's first and last slot agree only if no transition falls in between (the
  // tz data never has two within one day).
  #dayOffset(day: number): number {
    const first = this.#slot(day * (DAY / QUARTER_HOUR));
    return first === this.#slot((day + 1) * (DAY / QUARTER_HOUR) - 1) ? first : NaN;
  }

  // Offsets change only on quarter hours in the tz data we care about, so one lookup per slot.
  #slot(slot: number): number {
    let off = this.#slots.get(slot);
    if (off === undefined) {
      if (this.#slots.size > 200_000) this.#slots.clear();
      off = computeOffset(this.timeZone, slot * QUARTER_HOUR);
      this.#slots.set(slot, off);
    }
    return off;
  }
}

const zones = new Map<string, ZoneOffsets>();

/** The memoised offsets of `timeZone` (an IANA zone the runtime knows). */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let z = zones.get(timeZone);
  if (!z) zones.set(timeZone, (z = new ZoneOffsets(timeZone)));
  return z;
}

/**
 * Offset in ms (local wall time − UTC) of `timeZone` at instant `ms`.
 * @example zoneOffset('Europe/Berlin', Date.parse('2025-07-01T00:00:00Z')) // 7_200_000
 */
export function zoneOffset(timeZone: string, ms: number): number {
  if (timeZone === 'UTC') return 0;
  return zoneOffsets(timeZone).at(ms);
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
