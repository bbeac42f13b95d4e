// The popup's one storage read, started before its module graph has loaded: a tiny classic script
// (entrypoints/popup-start) asks storage.local while the browser is still fetching and compiling
// the popup's modules, so the answer is usually there when the popup's code first runs. The same
// page-global slot tells that script whether the app has started (then it leaves painting to it)
// and hands the app the first screen the script painted (popup/paintFirstScreen).
import { firstScreenKey } from '../db/firstScreen';
import { settingsKey } from '../settings/peekSettings';

/** What reading needs of `browser.storage.local`. */
export interface PopupStartArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** The keys read before the first paint: the settings and the queue's first screen. */
export const popupStartKeys = [settingsKey, firstScreenKey];

/** A key pressed on the painted screen before the app took it over, to be replayed by it. */
export interface EarlyKey {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** A first screen painted before the app loaded, for the app to take over (paintFirstScreen). */
export interface EarlyPaint {
  /** Settles once the frame that showed it has been painted. */
  painted: Promise<void>;
  /**
   * Stops what the painted screen does on its own; `renderApp` gets the ticket clicked meanwhile
   * and the keys pressed meanwhile, in order.
   */
  takeOver(renderApp: (openTicket: string | null, keys: readonly EarlyKey[]) => void): void;
}

interface EarlyState {
  read?: Promise<Record<string, unknown>> | undefined;
  appStarted?: boolean;
  paint?: EarlyPaint | undefined;
}

/** Where the early script and the popup's module meet (a property of the page's global). */
const slot = '__tierdeskPopupRead';
const state = (global: object): EarlyState =>
  ((global as Record<typeof slot, EarlyState | undefined>)[slot] ??= {});

/**
 * Starts the read (after `after` settles, when given: `area` is only touched then) and keeps it
 * for the app, which takes this same read even when it runs before the read has begun.
 */
export function startEarlyPopupRead(
  area: () => PopupStartArea,
  global: object,
  after?: Promise<void>,
): Promise<Record<string, unknown>> {
  const get = () => area().get(popupStartKeys);
  return (state(global).read = after ? after.then(get) : get());
}

/**
 * The read started early, taken once; a fresh read when none was started (or it was taken).
 * `area` is only touched for a fresh read.
 */
export function takePopupRead(
  area: () => PopupStartArea,
  global: object,
): Promise<Record<string, unknown>> {
  const s = state(global);
  const started = s.read;
  s.read = undefined;
  return started ?? area().get(popupStartKeys);
}

/** The app's module is running: from now on it paints, the early script does not. */
export function markAppStarted(global: object): void {
  state(global).appStarted = true;
}

export const appStarted = (global: object): boolean => state(global).appStarted === true;

export function keepEarlyPaint(global: object, paint: EarlyPaint): void {
  state(global).paint = paint;
}

/** Forgets `paint` (it was removed from the page): the app will paint for itself. */
export function dropEarlyPaint(global: object, paint: EarlyPaint): void {
  const s = state(global);
  if (s.paint === paint) s.paint = undefined;
}

/** The first screen the early script painted, taken once; null when it painted none. */
export function takeEarlyPaint(global: object): EarlyPaint | null {
  const s = state(global);
  const paint = s.paint ?? null;
  s.paint = undefined;
  return paint;
}
