// Popup entry: one storage read (settings + the queue's first screen, shape-checked), paint (or take
// over the queue popup-start.js painted before this module ran), and only then load the rest:
// zod's parse of what was read, Dexie, hub clients, stream, ticket view, Report tab, each a lazy
// chunk. Wiring only.
import { signal } from '@preact/signals';
import { render } from 'preact';
import { extensionApi } from '../../extensionApi';
import { sendToBackground } from '../../messages/sendToBackground';
import { markAppStarted, takeEarlyPaint, type EarlyKey } from '../../popup/earlyPopupRead';
import { followMirror } from '../../popup/firstScreenMirror';
import { readPopupStart } from '../../popup/readPopupStart';
import type { PopupServices } from '../../popup/popupServices';
import { PopupApp } from '../../popup/PopupApp';
import type { LoadedSettings } from '../../settings/settingsStore';
import { createQueueModel } from '../../triage/queueModel';

async function start() {
  markAppStarted(window);
  performance.mark('tierdesk:app-start');
  // The extension API is touched only here and after the first frame (extensionApi): the read is
  // usually the one popup-start.js began.
  const { raw, peeked, head } = await readPopupStart(() => extensionApi().storage.local, window);
  // The queue popup-start.js painted: taken over once its frame is on screen.
  const early = takeEarlyPaint(window);
  if (early) await early.painted;
  else performance.mark('tierdesk:cache-read');
  const verified = signal<LoadedSettings | null>(null);
  const services = signal<PopupServices | null>(null);
  let servicesReady: (s: PopupServices) => void = () => {};
  const servicesLoaded = new Promise<PopupServices>((resolve) => (servicesReady = resolve));
  const agent = peeked?.signedIn ? peeked.me : null;
  const model = agent
    ? createQueueModel({
        now: () => Date.now(),
        meId: agent.id,
        head,
        store: async () => (await servicesLoaded).queueStore,
      })
    : null;
  const hashTicket = /#ticket=([0-9A-Za-z]+)/.exec(location.hash)?.[1] ?? null;
  const tab = Number(new URLSearchParams(location.search).get('tab') ?? NaN);
  const renderApp = (clicked: string | null, keys: readonly EarlyKey[] = []) =>
    render(
      <PopupApp
        peeked={peeked}
        verified={verified}
        model={model}
        services={services}
        send={sendToBackground}
        openSetup={() => void extensionApi().runtime.openOptionsPage()}
        initialTicket={hashTicket ?? clicked}
        earlyKeys={keys}
        {...(Number.isInteger(tab) ? { reportTabId: tab } : {})}
        win={window}
      />,
      document.getElementById('app')!,
    );
  if (early) {
    early.takeOver(renderApp);
    performance.mark('tierdesk:app-rendered');
    setTimeout(afterPaint);
  } else {
    renderApp(null);
    performance.mark('tierdesk:popup-rendered');
    performance.mark('tierdesk:app-rendered');
    // A mark the bench reads: the queue (or the report form) is on screen. Then the rest, in a
    // task of its own so the first frame does not wait for it: what was read is parsed with zod
    // before anything but the paint uses it, and the services are built only from that.
    requestAnimationFrame(() => {
      performance.mark('tierdesk:popup-painted');
      setTimeout(afterPaint);
    });
  }
  function afterPaint() {
    void Promise.all([
      import('../../popup/verifyPopupStart'),
      import('../../popup/popupServices'),
      import('@tierdesk/ui/uiCss'),
    ]).then(([{ verifyPopupStart }, { createPopupServices }, { uiCss }]) => {
      const browser = extensionApi();
      followMirror(browser.storage.local, browser.storage.onChanged, window);
      const v = verifyPopupStart(raw);
      model?.verifyHead(v.head);
      verified.value = v.loaded;
      if (!v.loaded.ok) return;
      const style = document.createElement('style');
      style.textContent = uiCss; // the shared form's rules (Report tab, ticket view)
      document.head.append(style);
      const s = createPopupServices(v.loaded.settings, {
        fetch: fetch.bind(globalThis),
        storage: browser.storage.local,
        win: window,
      });
      servicesReady(s);
      services.value = s;
      void model?.load();
    });
  }
}

void start();
