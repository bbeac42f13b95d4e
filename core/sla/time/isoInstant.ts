// UTC ISO-8601 text of an instant (R52), about twice as fast as `new Date(ms).toISOString()`:
// the engine formats a dozen instants per timer on the hub's hot path.

const p2 = (n: number) => (n < 10 ? '0' + n : '' + n);
const p3 = (n: number) => (n < 10 ? '00' + n : n < 100 ? '0' + n : '' + n);

/**
 * `YYYY-MM-DDTHH:MM:SS.mmmZ` for years 0–9999 (the civil-from-days algorithm of H. Hinnant).
 * @example isoInstant(0) // '1970-01-01T00:00:00.000Z'
 */
export function isoInstant(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  const y = year < 1000 ? String(year).padStart(4, '0') : '' + year;
  return `${y}-${p2(month)}-${p2(day)}T${p2(h)}:${p2(mi)}:${p2(s)}.${p3(rest - s * 1000)}Z`;
}
