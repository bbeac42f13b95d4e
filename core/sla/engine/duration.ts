// Durations as teams write them ("8h", "1d 4h", "90m"): "1d" is 24 working hours (decision 1,
// R13); formatting round-trips (E11).

const pattern = /^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*$/;

/**
 * Seconds of a duration string, or null when it is not one.
 * @example parseDuration('1d 2h') // 93600
 */
export function parseDuration(text: string): number | null {
  const m = pattern.exec(text);
  if (!m || !(m[1] || m[2] || m[3] || m[4])) return null;
  return (+(m[1] ?? 0) * 24 + +(m[2] ?? 0)) * 3600 + +(m[3] ?? 0) * 60 + +(m[4] ?? 0);
}

/**
 * The shortest duration string for whole seconds (negative values keep their sign).
 * @example formatDuration(93600) // '1d 2h'
 */
export function formatDuration(seconds: number): string {
  if (seconds < 0) return '-' + formatDuration(-seconds);
  if (seconds === 0) return '0s';
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return parts.join(' ');
}
