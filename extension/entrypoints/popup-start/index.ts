// Runs first in popup.html, as an async classic script ahead of the popup's modules: paints the
// agent's queue from the page's mirror at once and starts the one storage read that confirms it
// (popup/paintEarly), unless the popup's module ran first and read for itself. Wiring only.
import { extensionApi } from '../../extensionApi';
import { paintEarly } from '../../popup/paintEarly';

// The API is looked up only when the read starts, after the mirror's frame (extensionApi).
const storageArea = () => extensionApi().storage.local;

export default defineUnlistedScript(() => {
  performance.mark('tierdesk:popup-start');
  void paintEarly(storageArea, window, () => Date.now());
});
