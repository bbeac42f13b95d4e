// One queue row as plain DOM, for the first screen painted before Preact has loaded
// (popup/firstScreenView): the element ui/triage/QueueRow (with its SlaBadge) renders for the same
// item, attribute for attribute, from the same look (ui/triage/queueRowLook, which has no Preact
// in it; plainQueueRow.test holds the two trees equal). No event handlers: the app adds them when
// it takes the row over.
import type { QueueRowItem } from '@tierdesk/ui/triage/QueueRow';
import {
  greyClipStyle,
  greyStyle,
  oneLineStyle,
  priorityStyle,
  queueRowPlace,
  queueRowStyle,
  slaBadgeStyle,
  slaBadgeText,
} from '@tierdesk/ui/triage/queueRowLook';
import { slaLevel } from '@tierdesk/ui/triage/slaLevel';
import { plainElement as h } from './plainElement';

export { queueRowHeight } from '@tierdesk/ui/triage/queueRowLook';

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
  return h(
    doc,
    'div',
    {
      role: 'option',
      'aria-selected': selected,
      'data-ticket': item.number,
      class: `td-row${selected ? ' td-row-selected' : ''}`,
      style: queueRowStyle(top, selected),
    },
    h(doc, 'strong', { style: oneLineStyle }, item.number),
    h(doc, 'span', { style: priorityStyle(item.priority) }, item.priority),
    h(doc, 'span', { style: oneLineStyle }, item.majorIncident ? '⚠ ' : '', item.summary),
    h(
      doc,
      'span',
      { class: `td-sla td-sla-${level}`, 'data-level': level, style: slaBadgeStyle(level) },
      slaBadgeText(reading, level, now),
    ),
    h(doc, 'span', { style: greyStyle }, item.tier),
    h(doc, 'span', { style: greyStyle }, item.status === 'new' ? 'new' : ''),
    h(doc, 'span', { style: greyClipStyle }, queueRowPlace(item)),
    h(doc, 'span', { style: greyStyle }, item.assignee ?? 'unassigned'),
  );
}
