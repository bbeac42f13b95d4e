// How urgent an SLA timer looks: the warning levels of DESIGN.md (50/75/100 %) and a live estimate
// of the percentage between hub refreshes, so a badge keeps counting down with the popup open.

export type SlaLevel = 'ok' | 'half' | 'warning' | 'breached' | 'paused' | 'none';

export interface SlaReading {
  /** When the timer is due (ISO instant), null when no timer runs. */
  dueAt: string | null;
  /** Percentage the hub reported at `pctAt`. */
  pct: number | null;
  pctAt: number;
  breached: boolean;
  paused: boolean;
}

/** Percentage used now, extrapolated linearly from the hub's reading towards the due instant. */
export function slaPctAt(r: SlaReading, now: number): number | null {
  if (r.dueAt === null || r.pct === null) return r.pct;
  if (r.paused) return r.pct;
  const due = Date.parse(r.dueAt);
  if (now >= due) return Math.max(100, r.pct);
  if (due <= r.pctAt || r.pct >= 100) return r.pct;
  const left = 100 - r.pct;
  return r.pct + (left * Math.max(0, now - r.pctAt)) / (due - r.pctAt);
}

/** The colour band of a reading at `now`. */
export function slaLevel(r: SlaReading, now: number): SlaLevel {
  if (r.dueAt === null && r.pct === null && !r.breached) return 'none';
  if (r.paused) return 'paused';
  const pct = slaPctAt(r, now) ?? 0;
  if (r.breached || pct >= 100) return 'breached';
  if (pct >= 75) return 'warning';
  if (pct >= 50) return 'half';
  return 'ok';
}

/** `1h 05m`, `12m`, `45s`: a compact duration for a badge. */
export function formatDuration(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m`;
  return `${s % 60}s`;
}
