// Loads a later stage (dialog, outbox, screenshot) by injecting a <script> resolved against the
// loader's own URL, with the page's CSP nonce. Vite inlines dynamic imports in IIFE builds, so
// each stage is its own file (TOOLCHAIN.md); a classic script also loads cross-origin without CORS.
import { stageRegistry } from '../stages/registry';
import type { StageRegistry } from '../stages/stageTypes';

export const stageFiles: Record<keyof StageRegistry, string> = {
  dialog: 'tierdesk-dialog.js',
  steps: 'tierdesk-steps.js',
  outbox: 'tierdesk-outbox.js',
  screenshot: 'tierdesk-screenshot.js',
};

/** Languages with a dialog file of their own (`tierdesk-dialog-de.js`); English is the default. */
export const dialogLanguages = ['de'];

/** The file of a stage; the dialog is built once per language, with only that language's strings. */
export function stageFile(name: keyof StageRegistry, lang = 'en'): string {
  return name === 'dialog' && dialogLanguages.includes(lang)
    ? `tierdesk-dialog-${lang}.js`
    : stageFiles[name];
}

export function createStageLoader(win: Window, scriptSrc: string, nonce?: string, lang = 'en') {
  const pending = new Map<string, Promise<unknown>>();
  return function loadStage<K extends keyof StageRegistry>(
    name: K,
  ): Promise<NonNullable<StageRegistry[K]>> {
    const ready = stageRegistry(win)[name];
    if (ready) return Promise.resolve(ready as NonNullable<StageRegistry[K]>);
    let promise = pending.get(name) as Promise<NonNullable<StageRegistry[K]>> | undefined;
    if (!promise) {
      promise = new Promise((resolve, reject) => {
        const doc = win.document;
        const script = doc.createElement('script');
        script.src = new URL(stageFile(name, lang), scriptSrc || doc.baseURI).href;
        script.async = true;
        if (nonce) script.nonce = nonce;
        script.setAttribute('data-tierdesk-widget', '');
        script.onload = () => {
          const stage = stageRegistry(win)[name];
          if (stage) resolve(stage as NonNullable<StageRegistry[K]>);
          else reject(new Error(`Tierdesk: ${script.src} loaded but did not register`));
        };
        script.onerror = () => {
          pending.delete(name); // let a later attempt try again (e.g. back online)
          reject(new Error(`Tierdesk: could not load ${script.src}`));
        };
        (doc.head ?? doc.documentElement).appendChild(script);
      });
      pending.set(name, promise);
    }
    return promise;
  };
}
