// The popup: Triage (agents) and Report tabs over the stored settings; "set up" when there are none.
// The queue paints from the first screen; the services and the Report tab's code load after it.
import type { ReadonlySignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { ReportTabProps } from '../report/ReportTab';
import type { sendToBackground } from '../messages/sendToBackground';
import type { Settings } from '../settings/settingsSchema';
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
  settings: Settings | null;
  settingsProblem: string;
  model: QueueModel | null;
  /** Set once the lazily loaded services (database, hub clients) are ready. */
  services: ReadonlySignal<PopupServices | null>;
  send: typeof sendToBackground;
  openSetup: () => void;
  initialTicket: string | null;
  reportTabId?: number;
  win: Window;
}

export function PopupApp(p: PopupAppProps) {
  const s = p.settings;
  const agent = s?.mode === 'agent' && !!p.model && !!s.token && !!s.me;
  const services = p.services.value;
  const [tab, setTab] = useState<'triage' | 'report'>(agent ? 'triage' : 'report');
  if (!s)
    return (
      <div style={{ padding: '16px' }}>
        <p>
          Tierdesk is not set up yet
          {p.settingsProblem && p.settingsProblem !== 'not set up yet'
            ? ` (${p.settingsProblem})`
            : ''}
          .
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
          {s.me ? `${s.me.name} · ${s.me.role}` : 'reporter'}
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
          hubUrl={s.hubUrl}
          token={s.token!}
          meId={s.me!.id}
          refresh={async () => {
            const r = await p.send({ type: 'refresh-queue' });
            return r.ok ? { ok: true } : { ok: false, error: r.error };
          }}
          initialTicket={p.initialTicket}
          win={p.win}
        />
      ) : null}
      {tab === 'report' && !services ? loading() : null}
      {tab === 'report' && services ? (
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
