// The extension API (`browser` where the browser has one, else `chrome`), looked up when called.
// The popup's first path uses this instead of wxt/browser's `browser`, which reads
// `browser.runtime.id` as its module loads: a page's first touch of an extension API sets up its
// bindings (about 15 ms at popup open on this machine), and that must come after the first frame.
import type { browser } from 'wxt/browser';

export type ExtensionApi = typeof browser;

export function extensionApi(global: object = globalThis): ExtensionApi {
  const g = global as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = g.browser ?? g.chrome;
  if (!api) throw new Error('no extension API here: not an extension page');
  return api;
}
