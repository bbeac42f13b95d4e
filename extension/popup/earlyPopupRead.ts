// The popup's one storage read, started before its module graph has loaded: a tiny classic script
// (entrypoints/popup-start) asks storage.local while the browser is still fetching and compiling
// the popup's modules, so the answer is usually there when the popup's code first runs.
import { firstScreenKey } from '../db/firstScreen';
import { settingsKey } from '../settings/peekSettings';

/** What reading needs of `browser.storage.local`. */
export interface PopupStartArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** The keys read before the first paint: the settings and the queue's first screen. */
export const popupStartKeys = [settingsKey, firstScreenKey];

/** Where the started read waits for the popup's module (a property of the page's global). */
const slot = '__tierdeskPopupRead';
type Slot = Record<typeof slot, Promise<Record<string, unknown>> | undefined>;

export function startEarlyPopupRead(area: PopupStartArea, global: object): void {
  (global as Slot)[slot] = area.get(popupStartKeys);
}

/** The read started early, taken once; a fresh read when none was started (or it was taken). */
export function takePopupRead(
  area: PopupStartArea,
  global: object,
): Promise<Record<string, unknown>> {
  const g = global as Slot;
  const started = g[slot];
  g[slot] = undefined;
  return started ?? area.get(popupStartKeys);
}
