// A setup's calendars (R1–R9), compiled per time zone on first use: each id with its versions
// (R9: a calendar changed from `effectiveFrom` on), the instants they change, the one in effect.
import type { CalendarInput } from '../calendar/calendarSchema';
import { alwaysCalendar, compileCalendar, type WorkingCalendar } from '../calendar/workingCalendar';
import { isKnownTimeZone } from '../calendar/zoneOffset';
import { SlaInputError } from '../slaErrors';

export interface CompiledCalendars {
  /**
   * Calendar `id` (null: 24×7) in zone `timeZone` (for floating calendars), in the version in
   * effect at `at` (default: the first); an unknown id throws SlaInputError at `path`.
   */
  calendarFor: (
    id: string | null,
    timeZone: string | null,
    path: string,
    at?: number,
  ) => WorkingCalendar;
  /** Each calendar's first version, by id in the order first given. */
  calendarInputs: Map<string, CalendarInput>;
  /** Which version of calendar `id` is in effect at `at` (0 for one without versions). */
  calendarVersionAt: (id: string | null, at: number) => number;
  /** The instants a calendar changes version (R9), sorted. */
  calendarChanges: number[];
}

interface Version {
  from: number;
  input: CalendarInput;
  /** Its position in the input, for error paths. */
  index: number;
}

/**
 * Compiles `calendars` (validated up front, R8: a bad one is reported even if no timer uses it).
 * @example compileCalendars([bh], 'UTC').calendarFor('bh', null, 'calendars.0').id // 'bh'
 */
export function compileCalendars(
  calendars: readonly CalendarInput[] | undefined,
  systemTimeZone: string,
): CompiledCalendars {
  const byId = new Map<string, Version[]>();
  (calendars ?? []).forEach((input, index) => {
    const from = input.effectiveFrom ? Date.parse(input.effectiveFrom) : -Infinity;
    const versions = byId.get(input.id) ?? [];
    if (versions.some((v) => v.from === from))
      throw new SlaInputError(
        `calendars.${index}.${input.effectiveFrom ? 'effectiveFrom' : 'id'}`,
        `duplicate calendar '${input.id}'${input.effectiveFrom ? ` from ${input.effectiveFrom}` : ''}`,
      );
    versions.push({ from, input, index });
    byId.set(
      input.id,
      versions.sort((a, b) => a.from - b.from),
    );
  });
  const versioned = [...byId.values()].some((versions) => versions.length > 1);
  const calendarVersionAt = (id: string | null, at: number): number => {
    if (!versioned) return 0; // the usual setup: no calendar has versions
    const versions = id === null ? undefined : byId.get(id);
    if (!versions || versions.length === 1) return 0;
    // Before its first effectiveFrom, a calendar's first version applies.
    let k = 0;
    for (let j = 1; j < versions.length; j++) if (versions[j]!.from <= at) k = j;
    return k;
  };
  const compiled = new Map<string, WorkingCalendar>();
  // What calendarFor(id, null) gave for a calendar without versions: the lookup every timer of a
  // fixed-zone calendar makes.
  const withoutZone = new Map<string, WorkingCalendar>();
  const calendarFor = (
    id: string | null,
    timeZone: string | null,
    path: string,
    at = -Infinity,
  ): WorkingCalendar => {
    if (id === null) return alwaysCalendar;
    if (timeZone === null) {
      const known = withoutZone.get(id);
      if (known) return known;
    }
    const versions = byId.get(id);
    if (!versions) throw new SlaInputError(path, `unknown calendar '${id}'`);
    const k = calendarVersionAt(id, at);
    const { input, index, from } = versions[k]!;
    const tz =
      input.timeZone !== 'floating'
        ? input.timeZone
        : timeZone && isKnownTimeZone(timeZone)
          ? timeZone
          : systemTimeZone;
    const key = `${id}@${tz}#${k}`;
    let c = compiled.get(key);
    if (!c) {
      // A child calendar is read in the version in effect when this version begins.
      c = compileCalendar(
        input,
        tz,
        (child) => calendarFor(child, tz, `calendars.${index}.children`, from),
        `calendars.${index}`,
      );
      compiled.set(key, c);
    }
    if (timeZone === null && versions.length === 1) withoutZone.set(id, c);
    return c;
  };
  for (const versions of byId.values())
    for (const v of versions) calendarFor(v.input.id, null, `calendars.${v.index}`, v.from);
  const calendarChanges = [
    ...new Set([...byId.values()].flatMap((versions) => versions.slice(1).map((v) => v.from))),
  ].sort((a, b) => a - b);
  return {
    calendarFor,
    calendarInputs: new Map([...byId].map(([id, versions]) => [id, versions[0]!.input])),
    calendarVersionAt,
    calendarChanges,
  };
}
