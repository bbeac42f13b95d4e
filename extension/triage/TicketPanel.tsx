// The ticket view: header with SLA, description, classification and reasons, runbook, actions,
// screenshot (zoomable), console errors, failed requests, environment, similar tickets and
// incident, known issues, timeline. Shows the cached copy first when the hub is unreachable.
import { useEffect, useState } from 'preact/hooks';
import type { AgentAction, AgentHubClient, HubResult, TicketView } from '@tierdesk/client/agent';
import { ClassificationView } from '@tierdesk/ui/triage/ClassificationView';
import { ContextViewer } from '@tierdesk/ui/triage/ContextViewer';
import { EventTimeline } from '@tierdesk/ui/triage/EventTimeline';
import { SlaBadge } from '@tierdesk/ui/triage/SlaBadge';
import { ZoomableImage } from '@tierdesk/ui/triage/ZoomableImage';
import { defaultTaxonomy } from '@tierdesk/core/config/defaultTaxonomy';
import type { ExtensionDb } from '../db/extensionDb';
import { cacheTicket, cachedTicket } from '../db/queueCache';
import { RunbookChecklist } from './RunbookChecklist';
import { TicketActions, type ActionForm } from './TicketActions';
import type { QueueRowItem } from '@tierdesk/ui/triage/QueueRow';

export interface TicketPanelProps {
  id: string;
  hub: AgentHubClient;
  db: ExtensionDb;
  meId: string;
  now: number;
  /** The queue's row for this ticket (SLA badge), if cached. */
  row: (QueueRowItem & { pctAt: number }) | null;
  form: ActionForm;
  onForm: (f: ActionForm) => void;
  onBack: () => void;
  onOpen: (id: string) => void;
  /** Registers the panel's one-key actions (acknowledge, assign) with the popup's shortcuts. */
  onQuickActions?: (run: ((a: AgentAction) => Promise<HubResult<unknown>>) | null) => void;
}

const labelOf = (id: string) => defaultTaxonomy.find((c) => c.id === id)?.label ?? id;
const h = { fontSize: '12px', margin: '10px 0 2px' } as const;

export function TicketPanel(p: TicketPanelProps) {
  const [view, setView] = useState<TicketView | null>(null);
  const [note, setNote] = useState('loading…');
  const [shots, setShots] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      const cached = await cachedTicket(p.db, p.id);
      if (cached && live) {
        setView(cached.view);
        setNote(`cached ${new Date(cached.fetchedAt).toLocaleTimeString()}`);
      }
      const r = await p.hub.ticket(p.id);
      if (!live) return;
      if (r.ok) {
        setView(r.value);
        setNote('');
        await cacheTicket(p.db, r.value, Date.now());
      } else {
        const why = r.error.code === 'network' ? "the hub can't be reached" : r.error.message;
        setNote(
          cached
            ? `offline — showing the cached copy (${why})`
            : p.row
              ? `${why[0]!.toUpperCase()}${why.slice(1)}, and this ticket was never opened here: only its queue row is kept offline.`
              : why,
        );
      }
    })();
    return () => {
      live = false;
    };
  }, [p.id]);

  useEffect(() => {
    if (!view) return;
    const urls: string[] = [];
    let live = true;
    void (async () => {
      for (const a of view.ticket.attachments.filter((x) => x.kind === 'screenshot')) {
        const r = await p.hub.attachment(a.id);
        if (r.ok && live) urls.push(URL.createObjectURL(r.value));
      }
      if (live) setShots([...urls]);
    })();
    return () => {
      live = false;
      urls.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [view?.ticket.id, view?.ticket.attachments.length]);

  const run = async (action: AgentAction) => {
    setBusy(true);
    const r = await p.hub.act(p.id, action);
    setBusy(false);
    if (r.ok && view) {
      const next = {
        ...view,
        ticket: r.value.ticket,
        events: mergeEvents(view.events, r.value.events),
      };
      setView(next);
      await cacheTicket(p.db, next, Date.now());
    }
    return r;
  };

  useEffect(() => {
    p.onQuickActions?.(view ? run : null);
    return () => p.onQuickActions?.(null);
  }, [view]);

  if (!view) {
    // Not loaded (yet, or offline and never opened here): what the queue's row says of it.
    const row = p.row;
    return (
      <div class="td-ticket" data-ticket-row-only={row?.number} style={{ padding: '8px' }}>
        <div style={{ display: 'flex', gap: '6px', alignItems: 'center' }}>
          <button type="button" onClick={p.onBack} title="Escape">
            ← Queue
          </button>
          {row ? (
            <>
              <strong>{row.number}</strong>
              <span>{row.priority}</span>
              <span class="td-tier">{row.tier}</span>
              <span class="td-status">{row.status.replace(/_/g, ' ')}</span>
              <SlaBadge
                dueAt={row.nextDueAt}
                pct={row.slaPct}
                pctAt={row.pctAt}
                breached={row.breached}
                paused={row.paused}
                timer={row.nextDueTimer}
                now={p.now}
              />
            </>
          ) : null}
        </div>
        {row ? (
          <>
            <p style={{ margin: '8px 0 4px', fontWeight: 600 }}>{row.summary}</p>
            <p style={{ margin: 0, color: '#4b5563' }}>
              {row.app.name} · {labelOf(row.category)} · {row.assignee ?? 'unassigned'}
            </p>
          </>
        ) : null}
        <p role="status" style={{ color: '#6b7280', margin: '8px 0 0' }}>
          {note}
        </p>
      </div>
    );
  }
  const t = view.ticket;
  return (
    <div
      class="td-ticket"
      data-ticket-view={t.number}
      style={{ padding: '8px', overflowY: 'auto', maxHeight: '540px' }}
    >
      <div style={{ display: 'flex', gap: '6px', alignItems: 'center' }}>
        <button type="button" onClick={p.onBack} title="Escape">
          ← Queue
        </button>
        <strong>{t.number}</strong>
        <span>{t.priority}</span>
        <span class="td-tier">{t.tier}</span>
        <span class="td-status">{t.status.replace(/_/g, ' ')}</span>
        {p.row ? (
          <SlaBadge
            dueAt={p.row.nextDueAt}
            pct={p.row.slaPct}
            pctAt={p.row.pctAt}
            breached={p.row.breached}
            paused={p.row.paused}
            timer={p.row.nextDueTimer}
            now={p.now}
          />
        ) : null}
        <span style={{ color: '#6b7280', fontSize: '11px' }}>{note}</span>
      </div>
      <h3 style={{ fontSize: '14px', margin: '6px 0' }}>{t.summary}</h3>
      <div style={{ fontSize: '12px', color: '#374151' }}>
        {t.app.name} · {t.reporter.name ?? t.reporter.email ?? 'anonymous'} · {t.impact}/{t.urgency}{' '}
        · assignee <span class="td-assignee">{t.assignee ?? 'none'}</span>
      </div>
      <p style={{ fontSize: '12px', whiteSpace: 'pre-wrap' }}>{t.description}</p>
      <ClassificationView classification={t.classification} labelOf={labelOf} />
      <RunbookChecklist
        steps={view.runbook}
        done={t.runbookDone}
        busy={busy}
        onToggle={(step, done) => run({ type: 'runbook_step', step, done })}
      />
      <TicketActions
        ticket={t}
        meId={p.meId}
        knownIssues={view.knownIssues}
        form={p.form}
        onForm={p.onForm}
        run={run}
        createKnownIssue={(input) => p.hub.createKnownIssue({ ...input, status: 'open' })}
      />
      {shots.length > 0 ? (
        <>
          <h4 style={h}>Screenshot</h4>
          {shots.map((src) => (
            <ZoomableImage src={src} alt={`Screenshot of ${t.number}`} />
          ))}
        </>
      ) : null}
      <h4 style={h}>Context</h4>
      <ContextViewer context={t.context} />
      {view.incident ? (
        <p
          class="td-incident"
          style={{ fontSize: '12px', color: view.incident.major ? '#b91c1c' : undefined }}
        >
          {view.incident.major ? 'Major incident' : 'Incident'}: {view.incident.ticketIds.length}{' '}
          tickets from {view.incident.reporters} reporters
        </p>
      ) : null}
      {view.similar.length > 0 ? (
        <>
          <h4 style={h}>Similar tickets</h4>
          <ul style={{ fontSize: '12px', margin: 0, paddingLeft: '16px' }}>
            {view.similar.map((s) => (
              <li>
                <a href="#" onClick={(e) => (e.preventDefault(), p.onOpen(s.id))}>
                  {s.number}
                </a>{' '}
                {s.summary} ({s.status.replace(/_/g, ' ')})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.knownIssues.length > 0 ? (
        <>
          <h4 style={h}>Known issues</h4>
          <ul class="td-known" style={{ fontSize: '12px', margin: 0, paddingLeft: '16px' }}>
            {view.knownIssues.map((k) => (
              <li>
                <strong>{k.title}</strong>: {k.workaround}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4 style={h}>Timeline</h4>
      <EventTimeline events={view.events} />
    </div>
  );
}

function mergeEvents<E extends { seq: number }>(a: E[], b: E[]): E[] {
  const bySeq = new Map(a.map((e) => [e.seq, e]));
  for (const e of b) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((x, y) => x.seq - y.seq);
}
