// Popup entry: one storage read (settings + the queue's first screen), paint, and only then load
// the rest (Dexie, hub clients, stream, ticket view, Report tab) as lazy chunks. Wiring only.
import { signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { uiCss } from '@tierdesk/ui/uiCss';
import { sendToBackground } from '../../messages/sendToBackground';
import { readPopupStart } from '../../popup/readPopupStart';
import type { PopupServices } from '../../popup/popupServices';
import { PopupApp } from '../../popup/PopupApp';
import { createQueueModel } from '../../triage/queueModel';

async function start() {
  performance.mark('tierdesk:popup-start');
  const { loaded, head } = await readPopupStart(browser.storage.local);
  performance.mark('tierdesk:cache-read');
  const settings = loaded.ok ? loaded.settings : null;
  const services = signal<PopupServices | null>(null);
  let servicesReady: (s: PopupServices) => void = () => {};
  const servicesLoaded = new Promise<PopupServices>((resolve) => (servicesReady = resolve));
  const agent = settings?.mode === 'agent' && settings.token && settings.me ? settings.me : null;
  const model = agent
    ? createQueueModel({
        now: () => Date.now(),
        meId: agent.id,
        head,
        store: async () => (await servicesLoaded).queueStore,
      })
    : null;
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
      services={services}
      send={sendToBackground}
      openSetup={() => void browser.runtime.openOptionsPage()}
      initialTicket={ticket}
      {...(Number.isInteger(tab) ? { reportTabId: tab } : {})}
      win={window}
    />,
    document.getElementById('app')!,
  );
  // A mark the bench reads: the queue (or the report form) is on screen. Then load the rest.
  requestAnimationFrame(() => {
    performance.mark('tierdesk:popup-painted');
    if (!settings) return;
    void import('../../popup/popupServices').then(({ createPopupServices }) => {
      const s = createPopupServices(settings, {
        fetch: fetch.bind(globalThis),
        storage: browser.storage.local,
      });
      servicesReady(s);
      services.value = s;
      void model?.load();
    });
  });
}

void start();
