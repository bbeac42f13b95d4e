// The Report tab: the current tab's context and screenshot captured on open, the shared ticket
// form, triage preview, known-issue suggestions and annotation editor (ui/), then submit through
// the background's outbox; the ticket number appears once the hub confirmed it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ulid } from 'ulidx';
import { TicketForm, type TicketFormValue } from '@tierdesk/ui/TicketForm';
import { TriagePreview, type TriagePreviewView } from '@tierdesk/ui/TriagePreview';
import { KnownIssueList } from '@tierdesk/ui/KnownIssueList';
import { AnnotationEditor } from '@tierdesk/ui/AnnotationEditor';
import type { AnnotationBox, ImageSize } from '@tierdesk/ui/annotations';
import type { Strings } from '@tierdesk/ui/strings';
import type { HubClient } from '@tierdesk/client/api/hubClient';
import type { KnownIssueMatch } from '@tierdesk/client/api/schemas';
import { defaultTaxonomy } from '@tierdesk/core/config/defaultTaxonomy';
import type { CapturedTab } from '../messages/backgroundAnswers';
import type { sendToBackground } from '../messages/sendToBackground';
import { burnAnnotations } from './burnAnnotations';
import { reportDraft } from './reportDraft';

export interface ReportTabProps {
  hub: HubClient;
  app: string;
  reporter: { id?: string; name?: string };
  /** Deflection is counted with an intake key only (reporter mode). */
  canDeflect: boolean;
  strings: Strings;
  send: typeof sendToBackground;
  doc: Document;
  now: () => number;
  /** The tab to report on, when the popup was opened as a page for it. */
  tabId?: number;
}

type Phase =
  | { kind: 'editing' }
  | { kind: 'queued'; id: string }
  | { kind: 'delivered'; number: string }
  | { kind: 'deflected' };

export function ReportTab(p: ReportTabProps) {
  const [value, setValue] = useState<TicketFormValue>({
    summary: '',
    description: '',
    impact: 'individual',
    urgency: 'degraded',
  });
  const [captured, setCaptured] = useState<CapturedTab | null>(null);
  const [captureError, setCaptureError] = useState('');
  const [includeContext, setIncludeContext] = useState(true);
  const [includeShot, setIncludeShot] = useState(true);
  const [boxes, setBoxes] = useState<AnnotationBox[]>([]);
  const [size, setSize] = useState<ImageSize | null>(null);
  const [shotImage, setShotImage] = useState<HTMLImageElement | null>(null);
  const [preview, setPreview] = useState<{
    state: 'idle' | 'loading' | 'ready' | 'unavailable';
    view?: TriagePreviewView;
  }>({ state: 'idle' });
  const [known, setKnown] = useState<KnownIssueMatch[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [error, setError] = useState('');
  const shown = useRef(new Set<string>());

  useEffect(() => {
    void p
      .send({
        type: 'capture-tab',
        screenshot: true,
        ...(p.tabId !== undefined ? { tabId: p.tabId } : {}),
      })
      .then((r) => {
        if (!r.ok) return setCaptureError(r.error);
        setCaptured(r);
        if (r.screenshot) {
          const img = p.doc.createElement('img');
          img.onload = () => {
            setSize({ width: img.naturalWidth, height: img.naturalHeight });
            setShotImage(img);
          };
          img.src = r.screenshot;
        }
      });
  }, []);

  useEffect(() => {
    if (value.summary.trim().length < 3) return setPreview({ state: 'idle' });
    const ac = new AbortController();
    setPreview((s) => ({ ...s, state: 'loading' }));
    const t = setTimeout(async () => {
      const r = await p.hub
        .previewTriage(
          {
            app: p.app,
            summary: value.summary,
            description: value.description,
            impact: value.impact,
            urgency: value.urgency,
          },
          ac.signal,
        )
        .catch(() => null);
      if (ac.signal.aborted) return;
      if (!r || !r.ok) return setPreview({ state: 'unavailable' });
      const c = r.value.classification;
      setPreview({
        state: 'ready',
        view: {
          categoryLabel: defaultTaxonomy.find((x) => x.id === c.category)?.label ?? c.category,
          tier: c.tier,
          priority: r.value.priority,
          needsTriage: c.needsTriage,
          due: r.value.due,
        },
      });
      setKnown(r.value.knownIssues);
      r.value.knownIssues.forEach((k) => shown.current.add(k.id));
    }, 350);
    return () => (ac.abort(), clearTimeout(t));
  }, [value.summary, value.description, value.impact, value.urgency]);

  // Once queued, wait for the background's outbox to hand back the hub's number.
  useEffect(() => {
    if (phase.kind !== 'queued') return;
    const t = setInterval(async () => {
      const s = await p.send({ type: 'outbox-status' });
      const r = s.ok ? s.receipts.find((x) => x.id === phase.id) : undefined;
      if (r) setPhase({ kind: 'delivered', number: r.number });
    }, 500);
    return () => clearInterval(t);
  }, [phase]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    const id = ulid(p.now());
    const draft = reportDraft(
      {
        ...value,
        context: captured?.context ?? null,
        includeContext,
        shownKnownIssues: [...shown.current],
      },
      { id, app: p.app, now: p.now(), reporter: p.reporter },
    );
    const shot =
      includeShot && captured?.screenshot
        ? await burnAnnotations(captured.screenshot, boxes, p.doc)
        : null;
    const r = await p.send({
      type: 'submit-report',
      draft,
      ...(shot
        ? { screenshot: { dataUrl: shot, name: 'screenshot.png', annotations: boxes.length } }
        : {}),
    });
    if (!r.ok) return setError(r.error);
    setPhase({ kind: 'queued', id });
  };

  if (phase.kind === 'queued')
    return (
      <p class="td-report-status" style={{ padding: '12px' }}>
        Saved. Sending to the service desk…
      </p>
    );
  if (phase.kind === 'delivered')
    return (
      <p class="td-report-status" data-number={phase.number} style={{ padding: '12px' }}>
        Reported as <strong>{phase.number}</strong>.
      </p>
    );
  if (phase.kind === 'deflected')
    return <p style={{ padding: '12px' }}>Glad the workaround helped — no ticket was raised.</p>;

  const ctx = captured?.context;
  return (
    <form class="td-report" onSubmit={(e) => void submit(e)} style={{ padding: '8px' }}>
      <TicketForm
        value={value}
        onInput={(patch) => setValue({ ...value, ...patch })}
        strings={p.strings}
        idPrefix="rep"
      />
      <KnownIssueList
        items={known}
        strings={p.strings}
        onSolved={(id) => {
          if (p.canDeflect) void p.hub.deflect(id, value.summary);
          setPhase({ kind: 'deflected' });
        }}
      />
      <TriagePreview
        state={preview.state}
        {...(preview.view ? { preview: preview.view } : {})}
        strings={p.strings}
        locale={navigator.language}
        now={p.now()}
      />
      <fieldset style={{ fontSize: '12px' }}>
        <legend>What will be sent</legend>
        {captureError ? <p>{captureError}</p> : null}
        {captured?.notes.map((n) => (
          <p style={{ color: '#6b7280' }}>{n}</p>
        ))}
        <label style={{ display: 'block' }}>
          <input
            type="checkbox"
            checked={includeContext}
            onChange={(e) => setIncludeContext((e.target as HTMLInputElement).checked)}
          />{' '}
          Page details
          {ctx
            ? `: ${ctx.title || ctx.url} · ${ctx.failedRequests.length} failed requests · ${ctx.consoleErrors.length} console errors`
            : ''}
        </label>
        {captured?.screenshot ? (
          <label style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={includeShot}
              onChange={(e) => setIncludeShot((e.target as HTMLInputElement).checked)}
            />{' '}
            Screenshot
          </label>
        ) : null}
        {includeShot && shotImage && size ? (
          <AnnotationEditor
            source={shotImage}
            image={size}
            boxes={boxes}
            onChange={setBoxes}
            strings={p.strings}
            newId={() => ulid()}
          />
        ) : null}
      </fieldset>
      {error ? (
        <p role="alert" style={{ color: '#b91c1c' }}>
          {error}
        </p>
      ) : null}
      <button type="submit" class="td-submit" disabled={value.summary.trim().length < 3}>
        Send report
      </button>
    </form>
  );
}
