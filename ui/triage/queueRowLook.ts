// How a queue row and its SLA badge look, without Preact: QueueRow and SlaBadge render with these,
// and the extension's first screen (painted as plain DOM before Preact loads) builds the same
// elements from them, so the two cannot drift apart.
import { formatDuration, type SlaLevel, type SlaReading } from './slaLevel';

/** Fixed row height, so the list can be virtualised (rows are positioned by index). */
export const queueRowHeight = 44;

export const priorityColour: Record<string, string> = {
  P1: '#b91c1c',
  P2: '#c2410c',
  P3: '#a16207',
  P4: '#15803d',
  P5: '#4b5563',
};

export const slaColours: Record<SlaLevel, { fg: string; bg: string }> = {
  ok: { fg: '#14532d', bg: '#dcfce7' },
  half: { fg: '#713f12', bg: '#fef9c3' },
  warning: { fg: '#7c2d12', bg: '#fed7aa' },
  breached: { fg: '#ffffff', bg: '#b91c1c' },
  paused: { fg: '#1e3a8a', bg: '#dbeafe' },
  none: { fg: '#374151', bg: '#f3f4f6' },
};

/** Inline styles (camelCase keys, string values: applied the same by Preact and by hand). */
export type InlineStyle = Record<string, string>;

/** The row: a two-line grid, absolutely placed at `top`. */
export function queueRowStyle(top: number, selected: boolean): InlineStyle {
  return {
    position: 'absolute',
    top: `${top}px`,
    left: '0px',
    right: '0px',
    height: `${queueRowHeight}px`,
    display: 'grid',
    gridTemplateColumns: '72px 28px 1fr auto',
    gridTemplateRows: '22px 18px',
    columnGap: '6px',
    padding: '2px 8px',
    boxSizing: 'border-box',
    borderBottom: '1px solid #e5e7eb',
    ...(selected ? { background: '#e0e7ff' } : {}),
    cursor: 'pointer',
    fontSize: '12px',
  };
}

/** One line, cut with an ellipsis (the number however long it grows, the summary). */
export const oneLineStyle: InlineStyle = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
};

export const greyStyle: InlineStyle = { color: '#6b7280' };

export const greyClipStyle: InlineStyle = {
  ...greyStyle,
  overflow: 'hidden',
  whiteSpace: 'nowrap',
};

export function priorityStyle(priority: string): InlineStyle {
  return { color: priorityColour[priority] ?? '#4b5563', fontWeight: '700' };
}

export function slaBadgeStyle(level: SlaLevel): InlineStyle {
  const colour = slaColours[level];
  return {
    color: colour.fg,
    background: colour.bg,
    borderRadius: '4px',
    padding: '1px 6px',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  };
}

/** The badge's words: time left or over, paused, no SLA. */
export function slaBadgeText(
  reading: Pick<SlaReading, 'dueAt'>,
  level: SlaLevel,
  now: number,
): string {
  if (level === 'none') return 'no SLA';
  if (level === 'paused') return 'paused';
  if (reading.dueAt === null) return level === 'breached' ? 'breached' : '—';
  const left = Date.parse(reading.dueAt) - now;
  return left >= 0 ? `${formatDuration(left)} left` : `${formatDuration(left)} over`;
}

/** The second line's middle cell: app, category (or "needs triage"), and the status unless new. */
export function queueRowPlace(item: {
  app: { name: string };
  category: string;
  needsTriage: boolean;
  status: string;
}): string {
  return (
    `${item.app.name} · ${item.needsTriage ? 'needs triage' : item.category}` +
    (item.status !== 'new' ? ` · ${item.status.replace(/_/g, ' ')}` : '')
  );
}
