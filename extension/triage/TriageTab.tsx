// The Triage tab: the cached queue painted at once, kept live over SSE while the popup is open,
// a ticket view on Enter/click, and the keyboard shortcuts of triage/shortcuts.ts.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  streamQueue,
  type AgentAction,
  type AgentHubClient,
  type HubResult,
} from '@tierdesk/client/agent';
import type { ExtensionDb } from '../db/extensionDb';
import type { QueueModel } from './queueModel';
import { QueueFilters } from './QueueFilters';
import { QueueList } from './QueueList';
import { commandFor, shortcuts, type TriageCommand } from './shortcuts';
import { TicketPanel } from './TicketPanel';
import type { ActionForm } from './TicketActions';

export interface TriageTabProps {
  model: QueueModel;
  hub: AgentHubClient;
  hubUrl: string;
  token: string;
  db: ExtensionDb;
  meId: string;
  /** Asks the background to refresh the cache (it also sets the badge). */
  refresh: () => Promise<{ ok: boolean; error?: string }>;
  initialTicket?: string | null;
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
  const [form, setForm] = useState<ActionForm>(null);
  const quick = useRef<((a: AgentAction) => Promise<HubResult<unknown>>) | null>(null);
  const search = useRef<HTMLInputElement | null>(null);

  const reload = async () => {
    const r = await p.refresh();
    if (r.ok) await m.load();
    else m.detail.value = r.error ?? '';
  };

  useEffect(() => {
    const ac = new AbortController();
    void reload();
    void streamQueue({
      hubUrl: p.hubUrl,
      token: p.token,
      signal: ac.signal,
      onEvent: (e) => m.applyLive(e),
      onStatus: (s, detail) => {
        m.status.value = s === 'open' ? 'live' : 'offline';
        m.detail.value = detail ?? '';
      },
    });
    const tick = p.win.setInterval(() => m.tick(), 1000);
    return () => {
      ac.abort();
      p.win.clearInterval(tick);
    };
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
    p.win.addEventListener('keydown', onKey);
    return () => p.win.removeEventListener('keydown', onKey);
  }, [open, form]);

  if (open) {
    const item = m.items.value.find((i) => i.id === open) ?? null;
    return (
      <TicketPanel
        id={open}
        hub={p.hub}
        db={p.db}
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
      <QueueFilters
        filter={m.filter.value}
        apps={m.options.value.apps}
        categories={m.options.value.categories}
        onChange={(patch) => m.setFilter(patch)}
        searchRef={search}
      />
      <div class="td-queue-status" style={{ fontSize: '11px', color: '#6b7280', padding: '0 8px' }}>
        <span data-status={m.status.value}>{statusText[m.status.value]}</span> · {visible.length} of{' '}
        {m.items.value.length} tickets {m.detail.value ? `· ${m.detail.value.slice(0, 80)}` : ''}
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
