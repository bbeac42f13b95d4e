// The popup's first frame for a signed-in agent (tabs, the queue's status line, the rows in view,
// the shortcut line) built as plain DOM from the stored first screen, before Preact has loaded.
// It is the tree PopupApp → TriageTab → QueueList → QueueRow → SlaBadge render on their first
// frame, node for node (firstScreenView.test holds it to them), so Preact takes it over in place.
import type { FirstScreen } from '../db/firstScreen';
import type { PeekedSettings } from '../settings/peekSettings';
import { shortcuts } from '../triage/shortcuts';
import { plainElement as h } from './plainElement';
import { plainQueueRow, queueRowHeight } from './plainQueueRow';

/** The list's height (TriageTab's) and the rows its first frame holds (QueueList, no overscan). */
const listHeight = 440;
const rowsInView = Math.ceil(listHeight / queueRowHeight);

const grey = { color: '#6b7280' };

export interface FirstScreenInput {
  me: NonNullable<PeekedSettings['me']>;
  screen: FirstScreen;
  now: number;
}

/** The `.td-popup` element of the first frame (not yet in the document). */
export function firstScreenView(doc: Document, { me, screen, now }: FirstScreenInput): HTMLElement {
  const tab = (on: boolean) => ({
    border: 'none',
    borderBottom: on ? '2px solid #2563eb' : '2px solid transparent',
    background: 'none',
    padding: '6px 10px',
    fontWeight: on ? '700' : '400',
  });
  const items = screen.rows;
  const rows = items
    .slice(0, rowsInView)
    .map((r, i) => plainQueueRow(doc, r.item, r.pctAt, now, i === 0, i * queueRowHeight));
  const nav = h(
    doc,
    'nav',
    {
      role: 'tablist',
      style: { display: 'flex', borderBottom: '1px solid #e5e7eb', alignItems: 'center' },
    },
    h(doc, 'button', { role: 'tab', 'aria-selected': true, style: tab(true) }, 'Triage'),
    h(doc, 'button', { role: 'tab', 'aria-selected': false, style: tab(false) }, 'Report'),
    h(doc, 'span', { style: { flex: '1' } }),
    h(doc, 'span', { style: { fontSize: '11px', ...grey } }, `${me.name} · ${me.role}`),
    h(
      doc,
      'button',
      { type: 'button', 'aria-label': 'Settings', style: { background: 'none', border: 'none' } },
      '⚙',
    ),
  );
  const status = h(
    doc,
    'div',
    { class: 'td-queue-status', style: { fontSize: '11px', ...grey, padding: '0 8px' } },
    h(doc, 'span', { 'data-status': 'loading' }, 'loading…'),
    ' · ',
    items.length,
    ' of',
    ' ',
    Math.max(items.length, screen.total),
    ' tickets ',
    '',
    '',
  );
  const list = h(
    doc,
    'div',
    {
      role: 'listbox',
      'aria-label': 'Ticket queue',
      class: 'td-queue',
      'data-count': items.length,
      style: { height: `${listHeight}px`, overflowY: 'auto', position: 'relative' },
    },
    h(
      doc,
      'div',
      { style: { height: `${items.length * queueRowHeight}px`, position: 'relative' } },
      ...rows,
    ),
  );
  const help = shortcuts
    .filter((s) => s.help)
    .map((s) => `${s.key} ${s.help}`)
    .join(' · ');
  const triage = h(
    doc,
    'div',
    { class: 'td-triage' },
    h(doc, 'div', { class: 'td-filters' }),
    status,
    list,
    h(doc, 'div', { style: { fontSize: '10px', ...grey, padding: '2px 8px' } }, help),
  );
  return h(doc, 'div', { class: 'td-popup' }, nav, triage);
}
