// The queue as a virtualised list: only the rows in view (plus a margin) exist in the DOM, so
// 10,000 cached tickets cost what 20 do. The selected row is kept scrolled into view. The first
// frame has no margin (nothing can scroll before it shows): the popup's first paint lays out
// the rows in view alone, and the margin arrives right after it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QueueItem } from '@tierdesk/client/agent';
import { QueueRow, queueRowHeight } from '@tierdesk/ui/triage/QueueRow';

export interface QueueListProps {
  items: QueueItem[];
  now: number;
  pctAtOf: (id: string) => number;
  selected: number;
  onOpen: (id: string) => void;
  height: number;
}

/** Rows kept beyond each edge of the view once the list is on screen. */
export const queueOverscan = 6;

export function QueueList({ items, now, pctAtOf, selected, onOpen, height }: QueueListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [overscan, setOverscan] = useState(0);
  useEffect(() => setOverscan(queueOverscan), []); // effects run after the browser has painted

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const top = selected * queueRowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + queueRowHeight > el.scrollTop + height)
      el.scrollTop = top + queueRowHeight - height;
  }, [selected, height]);

  const first = Math.max(0, Math.floor(scrollTop / queueRowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / queueRowHeight) + overscan);
  const rows = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <QueueRow
        key={item.id}
        item={item}
        pctAt={pctAtOf(item.id)}
        now={now}
        selected={i === selected}
        top={i * queueRowHeight}
        onOpen={onOpen}
      />,
    );
  }
  return (
    <div
      ref={box}
      role="listbox"
      aria-label="Ticket queue"
      class="td-queue"
      data-count={items.length}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
    >
      <div style={{ height: `${items.length * queueRowHeight}px`, position: 'relative' }}>
        {rows}
      </div>
    </div>
  );
}
