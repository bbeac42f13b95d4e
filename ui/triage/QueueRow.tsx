// One line of the triage queue: number, priority, summary, app, tier/status, owner and SLA badge.
// Fixed height so the list can be virtualised (the parent positions rows by index).
import type { Priority, Status, Tier } from '@tierdesk/core/model/enums';
import {
  greyClipStyle,
  greyStyle,
  oneLineStyle,
  priorityStyle,
  queueRowPlace,
  queueRowStyle,
} from './queueRowLook';
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

export { queueRowHeight } from './queueRowLook';

export interface QueueRowProps {
  item: QueueRowItem;
  /** When the hub computed `slaPct` (epoch ms). */
  pctAt: number;
  now: number;
  selected: boolean;
  top: number;
  onOpen: (id: string) => void;
}

export function QueueRow({ item, pctAt, now, selected, top, onOpen }: QueueRowProps) {
  return (
    <div
      role="option"
      aria-selected={selected}
      data-ticket={item.number}
      class={`td-row${selected ? ' td-row-selected' : ''}`}
      onClick={() => onOpen(item.id)}
      style={queueRowStyle(top, selected)}
    >
      {/* One line however long the number grows (TD-100000 in a busy desk); never over the tier. */}
      <strong style={oneLineStyle}>{item.number}</strong>
      <span style={priorityStyle(item.priority)}>{item.priority}</span>
      <span style={oneLineStyle}>
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
      <span style={greyStyle}>{item.tier}</span>
      <span style={greyStyle}>{item.status === 'new' ? 'new' : ''}</span>
      <span style={greyClipStyle}>{queueRowPlace(item)}</span>
      <span style={greyStyle}>{item.assignee ?? 'unassigned'}</span>
    </div>
  );
}
