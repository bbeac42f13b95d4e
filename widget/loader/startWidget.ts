// Boots the widget on a page: reads the script tag, starts context capture, shows the launcher,
// installs `window.Tierdesk` (replaying stub calls), and loads the dialog only when it is needed.
import { startContextCapture } from '@tierdesk/client/context/startContextCapture';
import type { Reporter } from '@tierdesk/core/model/draft';
import type { DialogHandle, Prefill, WidgetWorld } from '../stages/stageTypes';
import { adoptStyles } from './adoptStyles';
import { createEmitter } from './createEmitter';
import { createLauncher } from './createLauncher';
import { createPublicApi, replayQueue, type TierdeskApi } from './createPublicApi';
import { createStageLoader } from './createStageLoader';
import { launcherCss, themeCss } from './loaderCss';
import { readConfig } from './readConfig';

export const widgetVersion = '0.1.0';
const launcherLabels: Record<string, string> = { en: 'Report a problem', de: 'Problem melden' };

/** localStorage key that says an outbox entry waits, so the next page load resumes sending. */
export const pendingKey = (app: string) => `tierdesk:pending:${app}`;

type PageWindow = Window & typeof globalThis & { Tierdesk?: unknown };

export function startWidget(win: PageWindow, script: HTMLScriptElement | null): TierdeskApi | null {
  const doc = win.document;
  // Our own warnings go to the console as it was before capture wrapped it.
  const consoleWarn = win.console.warn;
  const warn = (message: string, error?: unknown) => {
    try {
      consoleWarn.call(win.console, message, ...(error === undefined ? [] : [error]));
    } catch {
      // A console that throws is the page's business, not a reason to break it.
    }
  };
  const existing = win.Tierdesk as Partial<TierdeskApi> | undefined;
  if (
    existing &&
    typeof existing === 'object' &&
    'version' in existing &&
    !Array.isArray(existing)
  ) {
    warn('Tierdesk: the widget script is included twice; the second copy does nothing.');
    return null;
  }
  const result = readConfig(script, win.navigator.language || 'en');
  result.warnings.forEach((w) => warn(w));
  if (!result.ok) return null;
  const config = result.config;

  const pageFetch = win.fetch?.bind(win);
  const capture = startContextCapture(win, {
    ignoreUrl: (url) => url.startsWith(`${config.hub}/`),
  });
  const emitter = createEmitter(warn);
  let reporter: Reporter = {};
  let dialog: DialogHandle | null = null;
  let opening: Promise<void> | null = null;

  const host = doc.createElement('tierdesk-widget');
  host.setAttribute('data-tierdesk-widget', '');
  host.setAttribute('data-theme', config.theme);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, themeCss + launcherCss, config.nonce);
  // Keys typed in the widget are ours: the page's shortcuts (say "/" for search) must not fire.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    root.addEventListener(type, (e) => e.stopPropagation());
  }

  const lang = config.locale.toLowerCase().split('-')[0]!;
  const loadStage = createStageLoader(win, config.scriptSrc, config.nonce, lang);
  const world: WidgetWorld = {
    win,
    config,
    fetch: pageFetch,
    capture,
    reporter: () => reporter,
    emit: (event, payload) => emitter.emit(event, payload),
    loadStage,
    now: () => win.Date.now(),
  };

  const launcher = createLauncher(
    root,
    config.position,
    launcherLabels[lang] ?? launcherLabels.en!,
    () => controls.open(),
  );

  const controls = {
    open(prefill?: Prefill) {
      if (dialog) return dialog.open(prefill);
      opening ??= loadStage('dialog')
        .then((stage) => {
          dialog ??= stage.mountDialog(root, world, () => launcher?.focus());
        })
        .catch((error: unknown) => {
          opening = null;
          warn('Tierdesk: the dialog could not be loaded', error);
        });
      void opening.then(() => dialog?.open(prefill));
    },
    close: () => dialog?.close(),
    identify(user: Reporter) {
      reporter = { ...reporter, ...user };
    },
    setContext: (data: Record<string, unknown>) => capture.setApp(data as never),
    destroy() {
      capture.stop();
      dialog?.destroy();
      host.remove();
      if ((win.Tierdesk as unknown) === api) delete win.Tierdesk;
    },
  };
  const api = createPublicApi(controls, emitter, warn, widgetVersion);
  const stub = win.Tierdesk;
  win.Tierdesk = api;

  const mount = () => {
    (doc.body ?? doc.documentElement).appendChild(host);
    try {
      win.performance?.mark?.('tierdesk:launcher-ready');
    } catch {
      // Marks are for the bench only.
    }
  };
  if (doc.body) mount();
  else doc.addEventListener('DOMContentLoaded', mount, { once: true });

  replayQueue(api, stub, warn);
  resumeOutbox(win, config.app, loadStage, world, warn);
  return api;
}

/** A ticket from an earlier visit still waits: load the outbox when the page is idle and send it. */
function resumeOutbox(
  win: PageWindow,
  app: string,
  loadStage: WidgetWorld['loadStage'],
  world: WidgetWorld,
  warn: (m: string, e?: unknown) => void,
) {
  let waiting = false;
  try {
    waiting = win.localStorage.getItem(pendingKey(app)) !== null;
  } catch {
    // Storage blocked: the outbox resumes when the dialog is next used.
  }
  if (!waiting) return;
  const later = win.requestIdleCallback ?? ((fn: () => void) => win.setTimeout(fn, 1000));
  later(() => {
    loadStage('outbox')
      .then((stage) => stage.openWidgetOutbox(world).resume())
      .catch((error: unknown) => warn('Tierdesk: could not resume sending', error));
  });
}
