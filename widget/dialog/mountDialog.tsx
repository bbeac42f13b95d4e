// Mounts the dialog into the widget's shadow root and wires it to the world: the form client
// for previews, the steps stage for what follows the form, the outbox stage for submit, the
// screenshot stage for capture. A native modal <dialog> gives the focus trap and Escape; focus
// returns to where it was on close.
import { render } from 'preact';
import { createFormClient, type FormClient } from '@tierdesk/client/api/formClient';
import type { PublicConfig } from '@tierdesk/client/api/schemas';
import { newUlid } from '@tierdesk/client/ids/newUlid';
import { redactText } from '@tierdesk/core/redact/redactText';
import { adoptStyles } from '../loader/adoptStyles';
import type { DialogHandle, Prefill, StepsStage, WidgetWorld } from '../stages/stageTypes';
import { createDialogModel, type Shot } from './createDialogModel';
import { DialogApp } from './DialogApp';
import { dialogCss } from './dialogCss';
import { dialogStrings as strings } from './dialogStrings';

export function mountDialog(
  root: ShadowRoot,
  world: WidgetWorld,
  onClosed: () => void,
): DialogHandle {
  const { win, config } = world;
  const doc = win.document;
  adoptStyles(root, dialogCss, config.nonce);
  const hub = createFormClient({
    hub: config.hub,
    key: config.key,
    fetch: world.fetch,
    now: world.now,
  });
  // Typed text goes to the hub as the user types: scrub it first, as the draft will be.
  const client: Pick<FormClient, 'previewTriage' | 'deflect'> = {
    previewTriage: (input, signal) =>
      hub.previewTriage(
        {
          ...input,
          summary: redactText(input.summary),
          description: redactText(input.description),
        },
        signal,
      ),
    deflect: (id, summary) =>
      hub.deflect(id, summary === undefined ? undefined : redactText(summary)),
  };
  // The later steps (review, mark-up, confirmation, my tickets) are fetched once the form shows.
  let steps: StepsStage | null = null;
  const loadSteps = () =>
    world.loadStage('steps').then((stage) => {
      if (!steps) {
        adoptStyles(root, stage.css, config.nonce);
        steps = stage;
        rerender();
      }
      return stage;
    });
  let publicConfig: PublicConfig | null = null;
  void hub
    .publicConfig(config.app)
    .then((r) => {
      if (r.ok) publicConfig = r.value;
    })
    .catch(() => undefined);
  let boxId = 0;
  const newBoxId = () => `box${++boxId}`;
  const timeZone = (() => {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      return undefined;
    }
  })();

  const model = createDialogModel({
    app: config.app,
    strings,
    client,
    snapshot: async () => (await loadSteps()).snapshotContext(win, world.capture, world.now()),
    reporter: world.reporter,
    newId: () => newUlid(world.now(), (bytes) => win.crypto.getRandomValues(bytes)),
    now: world.now,
    submit: async (draft, screenshot) => {
      const stage = await world.loadStage('outbox');
      return stage.openWidgetOutbox(world).submit(draft, screenshot);
    },
    watchMyTickets: async (onList) =>
      (await world.loadStage('outbox')).openWidgetOutbox(world).watchMyTickets(onList),
    encodeShot: async (shot, boxes) => (await loadSteps()).encodeShot(doc, shot, boxes),
    onSubmitted: (event) => world.emit('submitted', event),
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (id) => win.clearTimeout(id),
  });

  // A step past the form needs the steps file: if its prefetch failed (offline at open), ask
  // again, and go back to the form when it still cannot load rather than wait forever.
  model.store.subscribe(() => {
    const { step } = model.store.get();
    if (steps || step === 'form' || step === 'solved') return;
    loadSteps().catch(() => {
      if (!steps) model.back();
    });
  });

  const capture = async (): Promise<Shot> => {
    const stage = await world.loadStage('screenshot');
    const canvas = await stage.captureScreenshot(win, {
      maskSelectors: [...(publicConfig?.app.maskSelectors ?? []), ...config.maskSelectors],
    });
    return { source: canvas, width: canvas.width, height: canvas.height };
  };
  const fromFile = async (file: Blob): Promise<Shot> => {
    const bitmap = await win.createImageBitmap(file);
    return { source: bitmap, width: bitmap.width, height: bitmap.height };
  };
  const categoryLabel = (id: string) =>
    publicConfig?.taxonomy.find((c) => c.id === id)?.label ?? id.replace(/_/g, ' ');

  const dialog = doc.createElement('dialog');
  dialog.className = 'td-dialog';
  dialog.setAttribute('aria-labelledby', 'td-title');
  dialog.lang = strings.lang; // the page may be in another language than the dialog
  root.appendChild(dialog);
  let returnFocus: HTMLElement | null = null;

  const close = () => {
    if (!dialog.open) return;
    dialog.close();
  };
  dialog.addEventListener('close', () => {
    model.stopWatching();
    (returnFocus?.isConnected ? returnFocus : null)?.focus();
    if (!returnFocus?.isConnected) onClosed();
    world.emit('closed');
  });
  // A native modal already keeps focus out of the page; this keeps Tab cycling inside the dialog
  // instead of wandering to the browser's own UI, as keyboard users expect of a dialog.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const focusable = Array.from(
      dialog.querySelectorAll<HTMLElement>(
        'button,input,textarea,select,summary,[tabindex]:not([tabindex="-1"])',
      ),
    ).filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = root.activeElement;
    if (e.shiftKey && active === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first?.focus();
    }
  });
  dialog.addEventListener('paste', (e) => {
    const file = Array.from(e.clipboardData?.files ?? []).find((f) => f.type.startsWith('image/'));
    if (!file || model.store.get().step !== 'form') return;
    e.preventDefault();
    void fromFile(file).then(model.setShot, () => model.setShotState('failed'));
  });

  const app = () => (
    <DialogApp
      model={model}
      steps={steps}
      strings={strings}
      locale={config.locale}
      timeZone={timeZone}
      now={world.now}
      categoryLabel={categoryLabel}
      capture={capture}
      fromFile={fromFile}
      newId={newBoxId}
      onClose={close}
    />
  );
  function rerender() {
    render(app(), dialog);
  }
  rerender();

  return {
    open(prefill?: Prefill) {
      model.start(prefill);
      if (dialog.open) return;
      if (model.store.get().step === 'mine') void model.showMine(); // closed while watching
      const active = (root.activeElement ?? doc.activeElement) as HTMLElement | null;
      returnFocus = active && active !== doc.body ? active : null;
      dialog.showModal();
      (
        dialog.querySelector<HTMLElement>('#td-summary') ??
        dialog.querySelector<HTMLElement>('button')
      )?.focus();
      try {
        win.performance?.mark?.('tierdesk:dialog-open');
      } catch {
        // Marks are for the bench only.
      }
      world.emit('opened');
      // After the dialog shows: the steps file, and the outbox code so that a user who loses
      // the connection before pressing Send still gets their ticket stored.
      void loadSteps().catch(() => undefined);
      void world.loadStage('outbox').catch(() => undefined);
    },
    close,
    destroy() {
      render(null, dialog);
      dialog.remove();
    },
  };
}
