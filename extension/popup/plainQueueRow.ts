// One queue row as plain DOM, for the first screen painted before Preact has loaded
// (popup/firstScreenView): the element ui/triage/QueueRow (with its SlaBadge) renders for the same
// item, attribute for attribute (plainQueueRow.test holds it to them). No event handlers: the app
// adds them when it takes the row over.
import type { QueueRowItem } from '@tierdesk/ui/triage/QueueRow';
import { formatDuration, slaLevel, type SlaLevel } from '@tierdesk/ui/triage/slaLevel';
import { plainElement as h } from './plainElement';

/** QueueRow's height, copied: importing its module would bring Preact into popup-start.js. */
export const queueRowHeight = 44;

// Copies of ui/triage (QueueRow, SlaBadge), for the same reason.
const priorityColour: Record<string, string> = {
  P1: '#b91c1c',
  P2: '#c2410c',
  P3: '#a16207',
  P4: '#15803d',
  P5: '#4b5563',
};
const slaColours: Record<SlaLevel, { fg: string; bg: string }> = {
  ok: { fg: '#14532d', bg: '#dcfce7' },
  half: { fg: '#713f12', bg: '#fef9c3' },
  warning: { fg: '#7c2d12', bg: '#fed7aa' },
  breached: { fg: '#ffffff', bg: '#b91c1c' },
  paused: { fg: '#1e3a8a', bg: '#dbeafe' },
  none: { fg: '#374151', bg: '#f3f4f6' },
};
const grey = { color: '#6b7280' };

export function plainQueueRow(
  doc: Document,
  item: QueueRowItem,
  pctAt: number,
  now: number,
  selected: boolean,
  top: number,
): HTMLElement {
  const reading = {
    dueAt: item.nextDueAt,
    pct: item.slaPct,
    pctAt,
    breached: item.breached,
    paused: item.paused,
  };
  const level = slaLevel(reading, now);
  const colour = slaColours[level];
  return h(
    doc,
    'div',
    {
      role: 'option',
      'aria-selected': selected,
      'data-ticket': item.number,
      class: `td-row${selected ? ' td-row-selected' : ''}`,
      style: {
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
      },
    },
    h(
      doc,
      'strong',
      { style: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } },
      item.number,
    ),
    h(
      doc,
      'span',
      { style: { color: priorityColour[item.priority]!, fontWeight: '700' } },
      item.priority,
    ),
    h(
      doc,
      'span',
      { style: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } },
      item.majorIncident ? '⚠ ' : '',
      item.summary,
    ),
    h(
      doc,
      'span',
      {
        class: `td-sla td-sla-${level}`,
        'data-level': level,
        style: {
          color: colour.fg,
          background: colour.bg,
          borderRadius: '4px',
          padding: '1px 6px',
          fontVariantNumeric: 'tabular-nums',
          whiteSpace: 'nowrap',
        },
      },
      badgeText(item, level, now),
    ),
    h(doc, 'span', { style: grey }, item.tier),
    h(doc, 'span', { style: grey }, item.status === 'new' ? 'new' : ''),
    h(
      doc,
      'span',
      { style: { ...grey, overflow: 'hidden', whiteSpace: 'nowrap' } },
      item.app.name,
      ' · ',
      item.needsTriage ? 'needs triage' : item.category,
      item.status !== 'new' ? ` · ${item.status.replace(/_/g, ' ')}` : '',
    ),
    h(doc, 'span', { style: grey }, item.assignee ?? 'unassigned'),
  );
}

function badgeText(item: QueueRowItem, level: SlaLevel, now: number): string {
  if (level === 'none') return 'no SLA';
  if (level === 'paused') return 'paused';
  if (item.nextDueAt === null) return level === 'breached' ? 'breached' : '—';
  const left = Date.parse(item.nextDueAt) - now;
  return left >= 0 ? `${formatDuration(left)} left` : `${formatDuration(left)} over`;
}
