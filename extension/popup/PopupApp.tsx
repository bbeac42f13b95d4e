// The popup: Triage (agents) and Report tabs over the stored settings; "set up" when there are none.
// The first paint shows the queue from the shape-checked start (readPopupStart); the settings as
// zod parses them, the services and the Report tab's code arrive after it.
import type { ReadonlySignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { ReportTabProps } from '../report/ReportTab';
import type { sendToBackground } from '../messages/sendToBackground';
import type { PeekedSettings } from '../settings/peekSettings';
import type { LoadedSettings } from '../settings/settingsStore';
import type { QueueModel } from '../triage/queueModel';
import { TriageTab } from '../triage/TriageTab';
import { lazyComponent } from './lazyComponent';
import type { PopupServices } from './popupServices';

const loading = () => <p style={{ padding: '12px', color: '#6b7280' }}>loading…</p>;

/** The Report tab and the strings of the shared form, in chunks of their own. */
export const LazyReportTab = lazyComponent<Omit<ReportTabProps, 'strings'>>(async () => {
  const [{ ReportTab }, { stringsFor }] = await Promise.all([
    import('../report/ReportTab'),
    import('@tierdesk/ui/strings'),
  ]);
  const strings = stringsFor(navigator.language);
  return (props) => <ReportTab {...props} strings={strings} />;
}, loading);

export interface PopupAppProps {
  /** What the first paint shows of the stored settings (a shape check, no zod). */
  peeked: PeekedSettings | null;
  /** The settings as zod parses them, right after the first paint; null until then. */
  verified: ReadonlySignal<LoadedSettings | null>;
  model: QueueModel | null;
  /** Set once the lazily loaded services (database, hub clients) are ready. */
  services: ReadonlySignal<PopupServices | null>;
  send: typeof sendToBackground;
  openSetup: () => void;
  initialTicket: string | null;
  /** Keys pressed on the queue popup-start.js painted, before this took it over. */
  earlyKeys?: readonly KeyboardEventInit[];
  reportTabId?: number;
  win: Window;
}

export function PopupApp(p: PopupAppProps) {
  const verified = p.verified.value;
  const s = verified?.ok ? verified.settings : null;
  // Until the parse, the peek; after it, the parsed settings alone (one value, read twice).
  const who = s ? { mode: s.mode, me: s.me ?? null, signedIn: !!(s.token && s.me) } : p.peeked;
  const agent = !!who && who.mode === 'agent' && who.signedIn && !!p.model;
  const services = p.services.value;
  const [tab, setTab] = useState<'triage' | 'report'>(agent ? 'triage' : 'report');
  const problem = verified && !verified.ok ? verified.reason : '';
  if (!who || problem)
    return (
      <div style={{ padding: '16px' }}>
        <p>
          Tierdesk is not set up yet
          {problem && problem !== 'not set up yet' ? ` (${problem})` : ''}.
        </p>
        <button type="button" onClick={p.openSetup}>
          Set up
        </button>
      </div>
    );
  const tabStyle = (on: boolean) => ({
    border: 'none',
    borderBottom: on ? '2px solid #2563eb' : '2px solid transparent',
    background: 'none',
    padding: '6px 10px',
    fontWeight: on ? 700 : 400,
  });
  return (
    <div class="td-popup">
      <nav
        role="tablist"
        style={{ display: 'flex', borderBottom: '1px solid #e5e7eb', alignItems: 'center' }}
      >
        {agent ? (
          <button
            role="tab"
            aria-selected={tab === 'triage'}
            style={tabStyle(tab === 'triage')}
            onClick={() => setTab('triage')}
          >
            Triage
          </button>
        ) : null}
        <button
          role="tab"
          aria-selected={tab === 'report'}
          style={tabStyle(tab === 'report')}
          onClick={() => setTab('report')}
        >
          Report
        </button>
        <span style={{ flex: 1 }} />
        <span style={{ fontSize: '11px', color: '#6b7280' }}>
          {who.me ? `${who.me.name} · ${who.me.role}` : 'reporter'}
        </span>
        <button
          type="button"
          aria-label="Settings"
          style={{ background: 'none', border: 'none' }}
          onClick={p.openSetup}
        >
          ⚙
        </button>
      </nav>
      {tab === 'triage' && agent ? (
        <TriageTab
          model={p.model!}
          services={services}
          meId={who.me!.id}
          refresh={async () => {
            const r = await p.send({ type: 'refresh-queue' });
            return r.ok ? { ok: true } : { ok: false, error: r.error };
          }}
          initialTicket={p.initialTicket}
          {...(p.earlyKeys ? { earlyKeys: p.earlyKeys } : {})}
          win={p.win}
        />
      ) : null}
      {tab === 'report' && !(services && s) ? loading() : null}
      {tab === 'report' && services && s ? (
        <LazyReportTab
          hub={services.reporterHub}
          app={s.reportApp}
          reporter={s.me ? { id: s.me.id, name: s.me.name } : {}}
          canDeflect={s.mode === 'reporter'}
          send={p.send}
          doc={p.win.document}
          now={() => Date.now()}
          {...(p.reportTabId !== undefined ? { tabId: p.reportTabId } : {})}
        />
      ) : null}
    </div>
  );
}
