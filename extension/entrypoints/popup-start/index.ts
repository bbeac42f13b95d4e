// Runs first in popup.html, as an async classic script ahead of the popup's modules: starts the
// one storage read the first paint needs (popup/earlyPopupRead) and paints the agent's queue from
// its answer (popup/paintFirstScreen) unless the popup's module ran first and read for itself.
// Wiring only.
import { browser } from 'wxt/browser';
import { appStarted, startEarlyPopupRead } from '../../popup/earlyPopupRead';
import { paintFirstScreen } from '../../popup/paintFirstScreen';

export default defineUnlistedScript(() => {
  performance.mark('tierdesk:popup-start');
  if (appStarted(window)) return;
  void startEarlyPopupRead(browser.storage.local, window).then((got) =>
    paintFirstScreen(got, window, Date.now()),
  );
});
