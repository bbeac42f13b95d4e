// What popup-start.js does, before the popup's modules have run: starts the one storage read,
// paints the agent's queue at once from the page's mirror (popup/firstScreenMirror) when it holds
// one, else from storage's answer; and when storage answers otherwise than the mirror said (the
// background refreshed the queue meanwhile, or the agent signed out), replaces what it painted,
// before the app takes it over, with what storage holds. Then it brings the mirror up to date.
import { appStarted, startEarlyPopupRead, type PopupStartArea } from './earlyPopupRead';
import { mirrorText, readMirror, writeMirror, type MirrorWindow } from './firstScreenMirror';
import { paintableStart, paintStart, type PaintWindow } from './paintFirstScreen';

/** Settles when storage has answered and the screen shows what it holds. */
export function paintEarly(
  area: PopupStartArea,
  win: PaintWindow & MirrorWindow,
  now: () => number,
): Promise<void> {
  if (appStarted(win)) return Promise.resolve();
  const read = startEarlyPopupRead(area, win);
  const mirrored = readMirror(win);
  const fromMirror = paintStart(mirrored, win, now());
  if (fromMirror) win.performance.mark('tierdesk:mirror-painted');
  return read.then((got) => {
    win.performance.mark('tierdesk:storage-read');
    const stored = paintableStart(got);
    if (!fromMirror) paintStart(stored, win, now());
    else if (!stored || mirrorText(stored) !== mirrorText(mirrored!)) {
      fromMirror.replace(stored, now());
      win.performance.mark('tierdesk:mirror-replaced');
    }
    // Off the first frame's path: the copy for the next time the popup opens.
    if (!mirrored || !stored || mirrorText(stored) !== mirrorText(mirrored))
      win.setTimeout(() => writeMirror(win, stored));
  });
}
