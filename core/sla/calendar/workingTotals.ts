// A calendar's running total of working time per local day, so working time between two instants
// costs two lookups, and a due instant a search, not one step per day since the timer started.
import { horizonMs } from '../slaErrors';

/** What the totals read of a calendar: its local days and their working intervals. */
export interface CalendarDays {
  dayOf(ms: number): number;
  intervalsOn(day: number): readonly number[];
}

/** Days the totals cover around the first one asked for (about 11 years, as the calendar's array). */
const SLOTS = 4096;
/** Days added at a time when a search runs past the days summed so far. */
const CHUNK = 16;

const isWhole = (spans: readonly number[]) => {
  for (let i = 0; i < spans.length; i++) if (!Number.isInteger(spans[i])) return false;
  return true;
};

/**
 * Working ms from the start of an anchor day, per local day: `cum[s]` is the total before day
 * `base + s`, filled outward from the first day asked for as far as queries reach. Whole-ms
 * arithmetic only (sums of integers below 2^53 are exact), so every figure equals the one a
 * walk over the same intervals adds up; anything else (fractional instants, days out of reach)
 * answers NaN and the caller walks.
 */
export class WorkingTotals {
  readonly #cum = new Float64Array(SLOTS + 1);
  #base = NaN;
  /** `cum[lo..hi]` are known. */
  #lo = 0;
  #hi = 0;

  constructor(private readonly days: CalendarDays) {}

  /** Makes `cum[slot]` known; false when the slot is outside the covered days. */
  #reach(slot: number): boolean {
    if (slot < 0 || slot > SLOTS) return false;
    const cum = this.#cum;
    while (this.#hi < slot) {
      cum[this.#hi + 1] = cum[this.#hi]! + this.#dayTotal(this.#base + this.#hi);
      this.#hi++;
    }
    while (this.#lo > slot) {
      cum[this.#lo - 1] = cum[this.#lo]! - this.#dayTotal(this.#base + this.#lo - 1);
      this.#lo--;
    }
    return true;
  }

  #dayTotal(day: number): number {
    const spans = this.days.intervalsOn(day);
    let total = 0;
    for (let i = 0; i < spans.length; i += 2) total += spans[i + 1]! - spans[i]!;
    return total;
  }

  /** The slot of local `day`, anchoring the totals on the first day ever asked for. */
  #slot(day: number): number {
    if (this.#base !== this.#base) {
      this.#base = day - (SLOTS >> 1);
      this.#lo = this.#hi = SLOTS >> 1;
    }
    return day - this.#base;
  }

  /**
   * Working ms from the anchor to instant `t` (negative before it), or NaN when `t` is not a
   * whole ms or its day is out of reach.
   */
  at(t: number): number {
    if (!Number.isInteger(t)) return NaN;
    const day = this.days.dayOf(t);
    let slot = day - this.#base;
    // Summed already (the usual case), else anchor and sum up to it.
    if (!(slot >= this.#lo && slot <= this.#hi)) {
      slot = this.#slot(day);
      if (!this.#reach(slot)) return NaN;
    }
    let total = this.#cum[slot]!;
    const spans = this.days.intervalsOn(day);
    for (let i = 0; i < spans.length; i += 2) {
      const s = spans[i]!;
      if (t <= s) break;
      const e = spans[i + 1]!;
      total += (t < e ? t : e) - s;
    }
    return total;
  }

  /**
   * `workingTime(calendar, a, b, exclusions)` from the totals: the difference at both ends minus
   * what the exclusions cover in between. NaN when the totals cannot say exactly.
   */
  between(a: number, b: number, exclusions: readonly number[]): number {
    const end = Math.min(b, a + horizonMs);
    if (!(end > a)) return 0;
    if (!isWhole(exclusions)) return NaN;
    let total = this.at(end) - this.at(a);
    for (let k = 0; k < exclusions.length && total === total; k += 2) {
      const s = exclusions[k]! > a ? exclusions[k]! : a;
      const e = exclusions[k + 1]! < end ? exclusions[k + 1]! : end;
      if (e > s) total -= this.at(e) - this.at(s);
    }
    return total;
  }

  /**
   * The first slot in `[from, to]` whose day ends with a total of at least `need`, summing
   * further days only as the search needs them; `to` when none does. `cum[from + 1]` is known.
   */
  #firstReaching(from: number, to: number, need: number): number {
    const cum = this.#cum;
    const stop = to + 1;
    while (this.#hi < stop && cum[this.#hi]! < need) this.#reach(Math.min(this.#hi + CHUNK, stop));
    let lo = from + 1;
    let hi = this.#hi < stop ? this.#hi : stop;
    if (cum[hi]! < need) return to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! >= need) hi = mid;
      else lo = mid + 1;
    }
    return lo - 1;
  }

  /**
   * `addWorkingTimes(calendar, start, durations, exclusions)` from the totals, into `due` (NaN
   * for a target past the horizon cap): the walk's own piece-by-piece test, but days that end a
   * full ms short of the nearest open target are skipped by a search over the day totals instead
   * of being walked, so each instant is the walk's to the last bit. False when the totals cannot
   * answer (fractional instants, days out of reach): the caller walks.
   */
  addTo(start: number, durations: readonly number[], exclusions: readonly number[], due: number[]) {
    if (!Number.isInteger(start) || !isWhole(exclusions)) return false;
    const end = start + horizonMs;
    const n = exclusions.length;
    this.#open = durations.length;
    this.#consumed = 0;
    let cur = start;
    let k = 0;
    while (this.#open > 0 && cur < end) {
      // The next stretch without exclusions: [cur, to).
      while (k < n && exclusions[k + 1]! <= cur) k += 2;
      if (k < n && exclusions[k]! <= cur) {
        cur = exclusions[k + 1]!;
        k += 2;
        continue;
      }
      const to = k < n && exclusions[k]! < end ? exclusions[k]! : end;
      if (!this.#walkStretch(cur, to, durations, due)) return false;
      cur = to;
    }
    return true;
  }

  /** Targets still open, and the working time counted so far, while addTo runs. */
  #open = 0;
  #consumed = 0;

  /** The smallest target not reached yet. */
  static #nearest(durations: readonly number[], due: readonly number[]): number {
    let min = Infinity;
    for (let q = 0; q < durations.length; q++)
      if (due[q] !== due[q] && durations[q]! < min) min = durations[q]!;
    return min;
  }

  /**
   * The walk over `[cur, to)`, which no exclusion crosses: each piece tested against every open
   * target as addWorkingTimes does, whole days short of the nearest one skipped. False when the
   * days lie outside the totals.
   */
  #walkStretch(cur: number, to: number, durations: readonly number[], due: number[]): boolean {
    const atCur = this.at(cur);
    const first = this.#slot(this.days.dayOf(cur));
    const last = this.#slot(this.days.dayOf(to - 1));
    if (atCur !== atCur || last > SLOTS - 1 || !this.#reach(first + 1)) return false;
    const cum = this.#cum;
    // Working time counted at the start of day `slot` is `cum[slot] + shift` (slot > first).
    const shift = this.#consumed - atCur;
    let used = this.#consumed;
    let need = WorkingTotals.#nearest(durations, due) - shift - 1;
    for (let slot = first; slot <= last; slot++) {
      // A day ending a full ms short of the nearest target holds no piece that reaches it (the
      // test `len >= d - used` is exact to far less than a ms): jump to the first that may.
      if (slot < last && (slot < this.#hi || this.#reach(slot + 1)) && cum[slot + 1]! < need) {
        const next = this.#firstReaching(slot, last, need);
        if (next > slot) {
          slot = next;
          used = cum[slot]! + shift;
        }
      }
      const spans = this.days.intervalsOn(this.#base + slot);
      for (let i = 0; i < spans.length; i += 2) {
        const s = spans[i]! > cur ? spans[i]! : cur;
        const e = spans[i + 1]! < to ? spans[i + 1]! : to;
        if (e <= s) continue;
        const len = e - s;
        let reached = false;
        for (let q = 0; q < durations.length; q++) {
          if (due[q] === due[q]) continue; // reached already
          const left = durations[q]! - used;
          if (len >= left) {
            due[q] = s + left;
            this.#open--;
            reached = true;
          }
        }
        if (this.#open === 0) return true;
        if (reached) need = WorkingTotals.#nearest(durations, due) - shift - 1;
        used += len;
      }
    }
    this.#consumed = used;
    return true;
  }
}
