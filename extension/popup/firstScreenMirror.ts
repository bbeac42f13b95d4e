// The page's own copy of what the popup's first frame shows (the signed-in agent, not their token,
// and the queue's first screen), in the extension's `localStorage`. `storage.local` answers a popup
// that has just opened in 8–25 ms (an IPC round trip to the browser process while it is busy
// opening the popup); `localStorage` is read synchronously in about 2 ms. So popup-start.js paints
// from this copy at once and still asks `storage.local`, which stays the authority: when its
// answer differs (the background refreshed the queue while no popup was open: it cannot write
// `localStorage`), the painted screen is replaced before the app takes it over (paintEarly).
// Extension pages keep the copy in line with `storage.local` while they are open (followMirror).
import { peekFirstScreen } from '../db/peekFirstScreen';
import { peekSettings } from '../settings/peekSettings';
import { paintableStart, type PaintableStart } from './paintFirstScreen';
import { popupStartKeys, type PopupStartArea } from './earlyPopupRead';

export const mirrorKey = 'tierdesk.firstScreenMirror';

/** The page's `localStorage`, or null where the page may not use it. */
export type MirrorWindow = {
  readonly localStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
};

function storageOf(win: MirrorWindow): MirrorWindow['localStorage'] | null {
  try {
    return win.localStorage; // a getter that throws where storage is denied
  } catch {
    return null;
  }
}

/** The text a start is kept and compared as. */
export const mirrorText = (start: PaintableStart): string =>
  JSON.stringify({ v: 1, me: start.me, screen: start.screen });

/** The mirrored start, shape-checked as storage's answer is (peekSettings, peekFirstScreen). */
export function readMirror(win: MirrorWindow): PaintableStart | null {
  try {
    const text = storageOf(win)?.getItem(mirrorKey);
    if (!text) return null;
    const kept = JSON.parse(text) as unknown;
    if (typeof kept !== 'object' || kept === null || (kept as { v?: unknown }).v !== 1) return null;
    const { me: rawMe, screen: rawScreen } = kept as { me?: unknown; screen?: unknown };
    // The settings' shape check, given what the mirror keeps of them (never the token).
    const me = peekSettings({ mode: 'agent', token: '', me: rawMe })?.me;
    const screen = me ? peekFirstScreen(rawScreen, me.id) : null;
    return me && screen ? { me, screen } : null;
  } catch {
    return null; // not JSON: written by something else, or cut short
  }
}

/** Keeps `start` (null: nothing to paint, the copy is removed). Never throws (a full quota). */
export function writeMirror(win: MirrorWindow, start: PaintableStart | null): void {
  try {
    const storage = storageOf(win);
    if (start) storage?.setItem(mirrorKey, mirrorText(start));
    else storage?.removeItem(mirrorKey);
  } catch {
    storageOf(win)?.removeItem(mirrorKey); // a stale copy is worse than none
  }
}

/** `browser.storage.onChanged`, as far as following needs it. */
export interface StorageChanges {
  addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
}

/**
 * Rewrites the copy whenever the settings or the first screen change in `storage.local` while
 * this page is open: the popup's own writes, the background's while the popup is open, a sign-in
 * or sign-out on the setup page.
 */
export function followMirror(
  area: PopupStartArea,
  changes: StorageChanges,
  win: MirrorWindow,
): void {
  changes.addListener((changed, areaName) => {
    if (areaName !== 'local' || !popupStartKeys.some((k) => k in changed)) return;
    void area.get(popupStartKeys).then((got) => writeMirror(win, paintableStart(got)));
  });
}
