// Runs first in popup.html, as an async classic script ahead of the popup's modules: paints the
// agent's queue from the page's mirror at once and starts the one storage read that confirms it
// (popup/paintEarly), unless the popup's module ran first and read for itself. Wiring only.
import type { browser } from 'wxt/browser';
import { paintEarly } from '../../popup/paintEarly';

// Not `browser` from 'wxt/browser': that module reads `browser.runtime.id` as it loads, and a
// page's first touch of an extension API sets up its bindings (about 15 ms at popup open here),
// before this script could paint. The API is looked up only when the read starts.
const storageArea = () => {
  const g = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
  return (g.browser ?? g.chrome).storage.local;
};

export default defineUnlistedScript(() => {
  performance.mark('tierdesk:popup-start');
  void paintEarly(storageArea, window, () => Date.now());
});
