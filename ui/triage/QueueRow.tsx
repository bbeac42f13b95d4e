// One line of the triage queue: number, priority, summary, app, tier/status, owner and SLA badge.
// Fixed height so the list can be virtualised (the parent positions rows by index).
import type { Priority, Status, Tier } from '@tierdesk/core/model/enums';
import { SlaBadge } from './SlaBadge';

/** The queue fields a row shows (a subset of the hub's `QueueItem`). */
export interface QueueRowItem {
  id: string;
  number: string;
  summary: string;
  app: { id: string; name: string };
  category: string;
  tier: Tier;
  priority: Priority;
  status: Status;
  assignee: string | null;
  nextDueAt: string | null;
  nextDueTimer: string | null;
  slaPct: number | null;
  breached: boolean;
  paused: boolean;
  majorIncident: boolean;
  needsTriage: boolean;
}

export const queueRowHeight = 44;

export interface QueueRowProps {
  item: QueueRowItem;
  /** When the hub computed `slaPct` (epoch ms). */
  pctAt: number;
  now: number;
  selected: boolean;
  top: number;
  onOpen: (id: string) => void;
}

const priorityColour: Record<Priority, string> = {
  P1: '#b91c1c',
  P2: '#c2410c',
  P3: '#a16207',
  P4: '#15803d',
  P5: '#4b5563',
};

export function QueueRow({ item, pctAt, now, selected, top, onOpen }: QueueRowProps) {
  return (
    <div
      role="option"
      aria-selected={selected}
      data-ticket={item.number}
      class={`td-row${selected ? ' td-row-selected' : ''}`}
      onClick={() => onOpen(item.id)}
      style={{
        position: 'absolute',
        top: `${top}px`,
        left: 0,
        right: 0,
        height: `${queueRowHeight}px`,
        display: 'grid',
        gridTemplateColumns: '72px 28px 1fr auto',
        gridTemplateRows: '22px 18px',
        columnGap: '6px',
        padding: '2px 8px',
        boxSizing: 'border-box',
        borderBottom: '1px solid #e5e7eb',
        background: selected ? '#e0e7ff' : undefined,
        cursor: 'pointer',
        fontSize: '12px',
      }}
    >
      {/* One line however long the number grows (TD-100000 in a busy desk); never over the tier. */}
      <strong style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {item.number}
      </strong>
      <span style={{ color: priorityColour[item.priority], fontWeight: 700 }}>{item.priority}</span>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {item.majorIncident ? '⚠ ' : ''}
        {item.summary}
      </span>
      <SlaBadge
        dueAt={item.nextDueAt}
        pct={item.slaPct}
        pctAt={pctAt}
        breached={item.breached}
        paused={item.paused}
        timer={item.nextDueTimer}
        now={now}
      />
      <span style={{ color: '#6b7280' }}>{item.tier}</span>
      <span style={{ color: '#6b7280' }}>{item.status === 'new' ? 'new' : ''}</span>
      <span style={{ color: '#6b7280', overflow: 'hidden', whiteSpace: 'nowrap' }}>
        {item.app.name} · {item.needsTriage ? 'needs triage' : item.category}
        {item.status !== 'new' ? ` · ${item.status.replace(/_/g, ' ')}` : ''}
      </span>
      <span style={{ color: '#6b7280' }}>{item.assignee ?? 'unassigned'}</span>
    </div>
  );
}
