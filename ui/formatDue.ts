// Due instants shown in the user's own time: "Tue 14:30" this week, a date beyond it.

/**
 * @example formatDue('2026-03-03T13:30:00Z', { locale: 'en-GB', timeZone: 'Europe/Berlin', now: Date.parse('2026-03-02T09:00:00Z') })
 * // 'Tue 14:30'
 */
export function formatDue(
  iso: string,
  { locale, timeZone, now }: { locale: string; timeZone?: string; now: number },
): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const withinWeek = Math.abs(at - now) < 6 * 24 * 3600_000;
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      ...(withinWeek ? {} : { day: 'numeric', month: 'short' }),
      hour: '2-digit',
      minute: '2-digit',
    }).format(at);
  } catch {
    return new Date(at).toISOString();
  }
}
