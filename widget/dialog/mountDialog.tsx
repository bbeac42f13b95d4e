// Mounts the dialog into the widget's shadow root and wires it to the world: the hub client for
// previews, the outbox stage for submit, the screenshot stage for capture. A native modal
// <dialog> gives the focus trap and Escape; focus returns to where it was on close.
import { render } from 'preact';
import type { HubClient } from '@tierdesk/client/api/hubClient';
import type { PublicConfig } from '@tierdesk/client/api/schemas';
import { snapshotContext } from '@tierdesk/client/context/snapshotContext';
import { drawAnnotations } from '@tierdesk/ui/annotations';
import { stringsFor } from '@tierdesk/ui/strings';
import { newUlid } from '@tierdesk/client/ids/newUlid';
import { adoptStyles } from '../loader/adoptStyles';
import type { DialogHandle, Prefill, WidgetWorld } from '../stages/stageTypes';
import { createDialogModel, type Shot } from './createDialogModel';
import { DialogApp } from './DialogApp';
import { dialogCss } from './dialogCss';
import { encodeShot } from './encodeShot';

export function mountDialog(
  root: ShadowRoot,
  world: WidgetWorld,
  onClosed: () => void,
): DialogHandle {
  const { win, config } = world;
  const doc = win.document;
  adoptStyles(root, dialogCss, config.nonce);
  const strings = stringsFor(config.locale);
  // The hub client and redaction arrive with the services file, fetched as the dialog mounts.
  const services = world.loadStage('services').then((s) => ({
    ...s,
    client: s.createHubClient({
      hub: config.hub,
      key: config.key,
      fetch: world.fetch,
      now: world.now,
    }),
  }));
  const client: Pick<HubClient, 'previewTriage' | 'deflect'> = {
    previewTriage: async (input, signal) => {
      const s = await services;
      // Typed text goes to the hub as the user types: scrub it first, as the draft will be.
      const clean = {
        ...input,
        summary: s.redactText(input.summary),
        description: s.redactText(input.description),
      };
      return s.client.previewTriage(clean, signal);
    },
    deflect: async (id, summary) => {
      const s = await services;
      return s.client.deflect(id, summary === undefined ? undefined : s.redactText(summary));
    },
  };
  // Fetch the outbox code now: a user who loses the connection before pressing Send still
  // gets their ticket stored (its file could not load offline).
  void world.loadStage('outbox').catch(() => undefined);
  let publicConfig: PublicConfig | null = null;
  void services
    .then((s) => s.client.publicConfig(config.app))
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
    snapshot: () => snapshotContext(win, world.capture, world.now()),
    reporter: world.reporter,
    newId: () => newUlid(world.now(), (bytes) => win.crypto.getRandomValues(bytes)),
    now: world.now,
    submit: async (draft, screenshot) => {
      const stage = await world.loadStage('outbox');
      return stage.openWidgetOutbox(world).submit(draft, screenshot);
    },
    myTickets: async () => (await world.loadStage('outbox')).openWidgetOutbox(world).myTickets(),
    encodeShot: (shot, boxes) => encodeShot(doc, shot, boxes, drawAnnotations),
    onSubmitted: (event) => world.emit('submitted', event),
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (id) => win.clearTimeout(id),
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
  root.appendChild(dialog);
  let returnFocus: HTMLElement | null = null;

  const close = () => {
    if (!dialog.open) return;
    dialog.close();
  };
  dialog.addEventListener('close', () => {
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

  const app = (
    <DialogApp
      model={model}
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
  render(app, dialog);

  return {
    open(prefill?: Prefill) {
      model.start(prefill);
      if (dialog.open) return;
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
    },
    close,
    destroy() {
      render(null, dialog);
      dialog.remove();
    },
  };
}
