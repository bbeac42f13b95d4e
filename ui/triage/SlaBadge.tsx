// A ticket's next SLA deadline as a badge that counts down and changes colour at 50/75/100 %.
// Presentational: the parent passes `now` (a ticking signal) so many badges share one timer.
import { slaBadgeStyle, slaBadgeText } from './queueRowLook';
import { slaLevel, type SlaReading } from './slaLevel';

export { slaColours } from './queueRowLook';

export interface SlaBadgeProps extends SlaReading {
  now: number;
  /** Which timer is due, e.g. `first_response`. */
  timer?: string | null;
}

export function SlaBadge(props: SlaBadgeProps) {
  const level = slaLevel(props, props.now);
  const label = slaBadgeText(props, level, props.now);
  const timer = props.timer ? props.timer.replace(/_/g, ' ') : 'SLA';
  return (
    <span
      class={`td-sla td-sla-${level}`}
      data-level={level}
      onPointerEnter={(e) => {
        e.currentTarget.title = badgeTitle(timer, props.dueAt);
      }}
      style={slaBadgeStyle(level)}
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
