// Popup entry: reads the settings, opens the cached queue first (the popup paints from Dexie
// before any network answer), and wires the clients. Logic lives in extension/popup, triage, report.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createAgentHubClient } from '@tierdesk/client/agent';
import { uiCss } from '@tierdesk/ui/uiCss';
import { ExtensionDb } from '../../db/extensionDb';
import { loadSettings } from '../../settings/settingsStore';
import { sendToBackground } from '../../messages/sendToBackground';
import { reporterHubClient } from '../../background/reporterHubClient';
import { createQueueModel } from '../../triage/queueModel';
import { PopupApp } from '../../popup/PopupApp';

async function start() {
  performance.mark('tierdesk:popup-start');
  const db = new ExtensionDb();
  const loaded = await loadSettings(browser.storage.local);
  const settings = loaded.ok ? loaded.settings : null;
  const fetchFn = fetch.bind(globalThis);
  const agent = settings?.mode === 'agent' && settings.token && settings.me ? settings : null;
  const model = agent ? createQueueModel({ db, now: () => Date.now(), meId: agent.me!.id }) : null;
  performance.mark('tierdesk:settings-read');
  if (model) await model.loadHead();
  performance.mark('tierdesk:cache-read');
  const style = document.createElement('style');
  style.textContent = uiCss;
  document.head.append(style);
  const ticket = /#ticket=([0-9A-Za-z]+)/.exec(location.hash)?.[1] ?? null;
  const tab = Number(new URLSearchParams(location.search).get('tab') ?? NaN);
  render(
    <PopupApp
      settings={settings}
      settingsProblem={loaded.ok ? '' : loaded.reason}
      model={model}
      agentHub={
        agent
          ? createAgentHubClient({ hubUrl: agent.hubUrl, token: agent.token!, fetch: fetchFn })
          : null
      }
      reporterHub={settings ? reporterHubClient(settings, fetchFn) : null}
      db={db}
      send={sendToBackground}
      openSetup={() => void browser.runtime.openOptionsPage()}
      initialTicket={ticket}
      {...(Number.isInteger(tab) ? { reportTabId: tab } : {})}
      win={window}
    />,
    document.getElementById('app')!,
  );
  // A mark the bench reads: the queue (or the report form) is on screen. Then the whole cache.
  requestAnimationFrame(() => {
    performance.mark('tierdesk:popup-painted');
    void model?.load();
  });
}

void start();
