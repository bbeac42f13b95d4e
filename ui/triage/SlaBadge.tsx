// A ticket's next SLA deadline as a badge that counts down and changes colour at 50/75/100 %.
// Presentational: the parent passes `now` (a ticking signal) so many badges share one timer.
import { formatDuration, slaLevel, type SlaLevel, type SlaReading } from './slaLevel';

export const slaColours: Record<SlaLevel, { fg: string; bg: string }> = {
  ok: { fg: '#14532d', bg: '#dcfce7' },
  half: { fg: '#713f12', bg: '#fef9c3' },
  warning: { fg: '#7c2d12', bg: '#fed7aa' },
  breached: { fg: '#ffffff', bg: '#b91c1c' },
  paused: { fg: '#1e3a8a', bg: '#dbeafe' },
  none: { fg: '#374151', bg: '#f3f4f6' },
};

export interface SlaBadgeProps extends SlaReading {
  now: number;
  /** Which timer is due, e.g. `first_response`. */
  timer?: string | null;
}

export function SlaBadge(props: SlaBadgeProps) {
  const level = slaLevel(props, props.now);
  const colour = slaColours[level];
  const label = badgeText(props, level);
  const timer = props.timer ? props.timer.replace(/_/g, ' ') : 'SLA';
  return (
    <span
      class={`td-sla td-sla-${level}`}
      data-level={level}
      onPointerEnter={(e) => {
        e.currentTarget.title = badgeTitle(timer, props.dueAt);
      }}
      style={{
        color: colour.fg,
        background: colour.bg,
        borderRadius: '4px',
        padding: '1px 6px',
        fontVariantNumeric: 'tabular-nums',
        whiteSpace: 'nowrap',
      }}
    >
      {label}
    </span>
  );
}

/**
 * The tooltip, set when the pointer first reaches the badge rather than on every render: the first
 * `toLocaleString` in a fresh renderer loads ICU's locale data (≈ 140 ms seen in the extension
 * popup), too much for a queue's first frame, and a ticking list would format every row each tick.
 */
export function badgeTitle(timer: string, dueAt: string | null): string {
  return dueAt ? `${timer} due ${new Date(dueAt).toLocaleString()}` : timer;
}

function badgeText(p: SlaBadgeProps, level: SlaLevel): string {
  if (level === 'none') return 'no SLA';
  if (level === 'paused') return 'paused';
  if (p.dueAt === null) return level === 'breached' ? 'breached' : '—';
  const left = Date.parse(p.dueAt) - p.now;
  return left >= 0 ? `${formatDuration(left)} left` : `${formatDuration(left)} over`;
}
