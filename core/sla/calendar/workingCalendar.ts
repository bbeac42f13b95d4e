// A calendar compiled for one time zone: the working intervals of each local date as instants,
// built on demand and memoised, so walks cost one lookup per day crossed.
import type { CalendarInput } from './calendarSchema';
import { holidayOn as holidayRuleOn } from './holidayOn';
import { DAY_MS, dayOfIsoDate, minutesOfTime, weekdayOfDay, weekdays } from './localDate';
import { localToInstant, zoneOffsets } from './zoneOffset';
import { mergeSpans, subtractSpans } from '../time/spans';
import { SlaInputError } from '../slaErrors';
import { WorkingTotals } from './workingTotals';

export interface WorkingCalendar {
  /** The calendar's id; `24x7` for no calendar (R1). */
  readonly id: string;
  readonly timeZone: string;
  /** True for the 24×7 "no calendar" case, which ignores holidays (R58). */
  readonly always: boolean;
  /** Local day number of an instant. */
  dayOf(ms: number): number;
  /** Working intervals lying on local `day`, as instants `[s0, e0, …]`. */
  intervalsOn(day: number): readonly number[];
  /** The holiday that took weekly working time off local `day`, or null (for explanations). */
  holidayOn(day: number): string | null;
  /** The instant of local `day` at `msOfDay` after its midnight, with R6 for gaps and overlaps. */
  atLocal(day: number, msOfDay: number): number;
  /** Running totals of working time per day (absent for 24×7): O(1) sums instead of walks. */
  readonly totals?: WorkingTotals;
}

/** How many days around the first one asked for a calendar keeps in an array (about 11 years). */
const NEAR_DAYS = 4096;

/** No calendar: every instant works, holidays never apply (R1, R58). */
export const alwaysCalendar: WorkingCalendar = {
  id: '24x7',
  timeZone: 'UTC',
  always: true,
  dayOf: (ms) => Math.floor(ms / DAY_MS),
  intervalsOn: (day) => [day * DAY_MS, (day + 1) * DAY_MS],
  holidayOn: () => null,
  atLocal: (day, msOfDay) => day * DAY_MS + msOfDay,
};

/** Weekly minutes per weekday (0 = Sunday), overnight shifts split at midnight (R3). */
export function weeklyMinutes(weekly: CalendarInput['weekly']): number[][] {
  const week: number[][] = [[], [], [], [], [], [], []];
  const rows = Array.isArray(weekly)
    ? weekly.flatMap((r) => r.days.map((day) => ({ day, start: r.start, end: r.end })))
    : weekdays.flatMap((day) => (weekly[day] ?? []).map((i) => ({ day, ...i })));
  for (const { day, start, end } of rows) {
    const w = weekdays.indexOf(day);
    const s = minutesOfTime(start);
    const e = end === '23:59' ? 1440 : minutesOfTime(end); // R2: UI pickers mean midnight
    if (e > s) week[w]!.push(s, e);
    else {
      week[w]!.push(s, 1440);
      week[(w + 1) % 7]!.push(0, e);
    }
  }
  return week.map(mergeSpans);
}

function byDay(
  rows: readonly { date: string; start: string; end: string }[],
): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const r of rows) {
    const day = dayOfIsoDate(r.date);
    const e = r.end === '23:59' ? 1440 : minutesOfTime(r.end);
    const list = map.get(day) ?? [];
    list.push(minutesOfTime(r.start), e);
    map.set(day, list);
  }
  return map;
}

/**
 * Compiles a calendar for `timeZone` (its own zone, or the one resolved for a floating calendar).
 * `child` looks up the calendars named in `children`. Throws SlaInputError when the calendar has
 * no working time in any week (R8).
 */
export function compileCalendar(
  input: CalendarInput,
  timeZone: string,
  child: (id: string) => WorkingCalendar | undefined = () => undefined,
  path = `calendar ${input.id}`,
): WorkingCalendar {
  const week = weeklyMinutes(input.weekly);
  const rules = input.holidays ?? [];
  const partial = byDay(
    rules.filter((r) => 'start' in r) as { date: string; start: string; end: string }[],
  );
  const extra = byDay(input.extraWorking ?? []);
  const children = (input.children ?? []).map((c, i) => {
    const cal = child(c.calendarId);
    if (!cal)
      throw new SlaInputError(
        `${path}.children.${i}.calendarId`,
        `unknown calendar '${c.calendarId}'`,
      );
    return { cal, mode: c.mode };
  });
  const works =
    week.some((d) => d.length > 0) || extra.size > 0 || children.some((c) => c.mode === 'include');
  if (!works)
    throw new SlaInputError(`${path}.weekly`, 'the calendar has no working time in any week');

  // Days near the first one asked for sit in an array (the walks' one lookup per day), others in
  // a map; both are filled on demand.
  const near: (readonly number[] | undefined)[] = new Array<undefined>(NEAR_DAYS);
  let base = NaN;
  const cache = new Map<number, readonly number[]>();
  const atLocal = (day: number, msOfDay: number) =>
    localToInstant(timeZone, day * DAY_MS + msOfDay);
  const holidayOn = (day: number) => (rules.length === 0 ? null : holidayRuleOn(rules, day));

  function build(day: number): readonly number[] {
    let minutes: number[] = holidayOn(day) ? [] : week[weekdayOfDay(day)]!;
    const more = extra.get(day);
    if (more) minutes = mergeSpans([...minutes, ...more]);
    const off = partial.get(day);
    if (off) minutes = subtractSpans(minutes, mergeSpans(off));
    let out: number[] = [];
    for (let i = 0; i < minutes.length; i += 2) {
      const a = atLocal(day, minutes[i]! * 60_000);
      const b = atLocal(day, minutes[i + 1]! * 60_000);
      if (b > a) out.push(a, b);
    }
    for (const c of children) {
      const theirs = c.cal.intervalsOn(day);
      out = c.mode === 'include' ? mergeSpans([...out, ...theirs]) : subtractSpans(out, theirs);
    }
    return mergeSpans(out);
  }

  const offsets = timeZone === 'UTC' ? null : zoneOffsets(timeZone);
  const dayOf = (ms: number) => Math.floor((offsets === null ? ms : ms + offsets.at(ms)) / DAY_MS);
  function intervalsOn(day: number): readonly number[] {
    if (base !== base) base = day - (NEAR_DAYS >> 1);
    const slot = day - base;
    if (slot >= 0 && slot < NEAR_DAYS) return (near[slot] ??= build(day));
    let spans = cache.get(day);
    if (!spans) {
      if (cache.size > 50_000) cache.clear();
      spans = build(day);
      cache.set(day, spans);
    }
    return spans;
  }
  return {
    id: input.id,
    timeZone,
    always: false,
    dayOf,
    intervalsOn,
    holidayOn: (day) => (week[weekdayOfDay(day)]!.length > 0 ? holidayOn(day) : null),
    atLocal,
    totals: new WorkingTotals({ dayOf, intervalsOn }),
  };
}
