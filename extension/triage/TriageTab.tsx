// The Triage tab: the cached queue painted at once, kept live over SSE while the popup is open,
// a ticket view on Enter/click, and the keyboard shortcuts of triage/shortcuts.ts. The ticket view
// and the stream's code load after the first paint (extension/popup/popupServices).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentAction, HubResult } from '@tierdesk/client/agent';
import { lazyComponent } from '../popup/lazyComponent';
import type { PopupServices } from '../popup/popupServices';
import type { QueueModel } from './queueModel';
import { QueueFilters } from './QueueFilters';
import { QueueList } from './QueueList';
import { commandFor, shortcuts, type TriageCommand } from './shortcuts';
import type { ActionForm } from './TicketActions';
import type { TicketPanelProps } from './TicketPanel';

const loading = () => <p style={{ padding: '12px', color: '#6b7280' }}>loading…</p>;

/** The ticket view (actions, runbook, context, timeline) in a chunk of its own. */
export const LazyTicketPanel = lazyComponent<TicketPanelProps>(
  async () => (await import('./TicketPanel')).TicketPanel,
  loading,
);

export interface TriageTabProps {
  model: QueueModel;
  /** Null until the lazily loaded services are ready (the list shows before them). */
  services: PopupServices | null;
  meId: string;
  /** Asks the background to refresh the cache (it also sets the badge). */
  refresh: () => Promise<{ ok: boolean; error?: string }>;
  initialTicket?: string | null;
  /**
   * Keys pressed on the queue painted before this tab took it over (popup-start.js): replayed
   * once, in order, up to one that opens a ticket; none when a ticket is open already.
   */
  earlyKeys?: readonly KeyboardEventInit[];
  win: Window;
}

const formFor: Partial<Record<TriageCommand, ActionForm>> = {
  escalate: 'escalate',
  resolve: 'resolve',
  comment: 'comment',
  'request-info': 'request_info',
  priority: 'priority',
  reclassify: 'reclassify',
};

export function TriageTab(p: TriageTabProps) {
  const m = p.model;
  const [open, setOpen] = useState<string | null>(p.initialTicket ?? null);
  const earlyKeys = useRef(p.earlyKeys ?? []);
  const [form, setForm] = useState<ActionForm>(null);
  const quick = useRef<((a: AgentAction) => Promise<HubResult<unknown>>) | null>(null);
  const search = useRef<HTMLInputElement | null>(null);
  // The first frame is the queue itself; the filter bar (an input, five menus, ~30 options: a
  // fifth of the first frame's style and layout work) follows in the next, in space kept for it.
  const [controls, setControls] = useState(false);
  useEffect(() => setControls(true), []); // effects run once the browser has painted

  const reload = async () => {
    const r = await p.refresh();
    if (r.ok) await m.load();
    else m.detail.value = r.error ?? '';
  };

  const services = p.services;
  useEffect(() => {
    if (!services?.streamQueue) return;
    const ac = new AbortController();
    void reload();
    void services.streamQueue({
      signal: ac.signal,
      onEvent: (e) => m.applyLive(e),
      // The hub could not replay what a reconnect missed: read the whole queue again.
      onResync: () => void reload(),
      onStatus: (s, detail) => {
        m.status.value = s === 'open' ? 'live' : 'offline';
        m.detail.value = detail ?? '';
      },
    });
    return () => ac.abort();
  }, [services]);

  useEffect(() => {
    const tick = p.win.setInterval(() => m.tick(), 1000);
    return () => p.win.clearInterval(tick);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const cmd = commandFor(e);
      if (!cmd) return;
      if (open) {
        if (cmd === 'back') return (e.preventDefault(), form ? setForm(null) : setOpen(null));
        if (cmd === 'acknowledge' && quick.current)
          return void quick.current({ type: 'acknowledge' });
        if (cmd === 'assign-me' && quick.current)
          return void quick.current({ type: 'assign', assignee: p.meId });
        const f = formFor[cmd];
        if (f) return (e.preventDefault(), setForm(f));
        return;
      }
      if (cmd === 'next' || cmd === 'previous')
        return (e.preventDefault(), m.move(cmd === 'next' ? 1 : -1));
      if (cmd === 'open') return void setOpen(m.selectedItem()?.id ?? null);
      if (cmd === 'search') return (e.preventDefault(), search.current?.focus());
      if (cmd === 'refresh') return void reload();
      if (cmd === 'toggle-mine') return m.setFilter({ mine: !m.filter.value.mine });
    };
    for (const init of open ? [] : earlyKeys.current) {
      const e = new KeyboardEvent('keydown', init);
      onKey(e);
      if (commandFor(e) === 'open') break;
    }
    earlyKeys.current = [];
    p.win.addEventListener('keydown', onKey);
    return () => p.win.removeEventListener('keydown', onKey);
  }, [open, form]);

  if (open) {
    if (!services || !services.agentHub) return loading();
    const item = m.items.value.find((i) => i.id === open) ?? null;
    return (
      <LazyTicketPanel
        id={open}
        hub={services.agentHub}
        db={services.db}
        meId={p.meId}
        now={m.now.value}
        row={item ? { ...item, pctAt: m.pctAtOf(item.id) } : null}
        form={form}
        onForm={setForm}
        onBack={() => (setOpen(null), setForm(null), void m.load())}
        onOpen={(id) => (setForm(null), setOpen(id))}
        onQuickActions={(run) => (quick.current = run)}
      />
    );
  }
  const visible = m.visible.value;
  return (
    <div class="td-triage">
      {controls ? (
        <QueueFilters
          filter={m.filter.value}
          apps={m.options.value.apps}
          categories={m.options.value.categories}
          onChange={(patch) => m.setFilter(patch)}
          searchRef={search}
        />
      ) : (
        <div class="td-filters" />
      )}
      <div class="td-queue-status" style={{ fontSize: '11px', color: '#6b7280', padding: '0 8px' }}>
        <span data-status={m.status.value}>{statusText[m.status.value]}</span> · {visible.length} of{' '}
        {m.total.value} tickets {m.detail.value ? `· ${m.detail.value.slice(0, 80)}` : ''}
        {m.dropped.value ? ` · ${m.dropped.value} unreadable cached rows skipped` : ''}
      </div>
      <QueueList
        items={visible}
        now={m.now.value}
        pctAtOf={m.pctAtOf}
        selected={m.selected.value}
        onOpen={setOpen}
        height={440}
      />
      <div style={{ fontSize: '10px', color: '#6b7280', padding: '2px 8px' }}>
        {shortcuts
          .filter((s) => s.help)
          .map((s) => `${s.key} ${s.help}`)
          .join(' · ')}
      </div>
    </div>
  );
}

const statusText = {
  loading: 'loading…',
  cached: 'cached',
  live: 'live',
  offline: 'offline (cached)',
} as const;
