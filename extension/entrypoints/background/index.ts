// Background service worker: wiring only (the extension issue fills it in).
export default defineBackground(() => {});
