// Runs first in popup.html, as a classic script ahead of the popup's modules: starts the one
// storage read the first paint needs (popup/earlyPopupRead). Wiring only.
import { browser } from 'wxt/browser';
import { startEarlyPopupRead } from '../../popup/earlyPopupRead';

export default defineUnlistedScript(() => startEarlyPopupRead(browser.storage.local, globalThis));
