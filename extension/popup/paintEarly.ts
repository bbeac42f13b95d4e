// What popup-start.js does, before the popup's modules have run: paints the agent's queue at once
// from the page's mirror (popup/firstScreenMirror) when it holds one, and starts the one storage
// read; with no mirror it paints from storage's answer. When storage answers otherwise than the
// mirror said (the background refreshed the queue meanwhile, or the agent signed out), it replaces
// what it painted, before the app takes it over, with what storage holds; then it brings the
// mirror up to date. A read that confirms a painted mirror starts once that frame is on screen:
// the page's first use of the extension API (`chrome.storage`) sets up its bindings, 10–15 ms at
// popup open on this machine, which would otherwise come before the frame.
import { appStarted, startEarlyPopupRead, type PopupStartArea } from './earlyPopupRead';
import { mirrorText, readMirror, writeMirror, type MirrorWindow } from './firstScreenMirror';
import { paintableStart, paintStart, type PaintWindow } from './paintFirstScreen';

/** Settles when storage has answered and the screen shows what it holds. */
export function paintEarly(
  area: () => PopupStartArea,
  win: PaintWindow & MirrorWindow,
  now: () => number,
): Promise<void> {
  if (appStarted(win)) return Promise.resolve();
  const doc = win.document;
  // Run before the parser reached #app (the script is in the head): paint once it has.
  if (!doc.getElementById('app') && doc.readyState === 'loading')
    return new Promise((resolve) =>
      doc.addEventListener('DOMContentLoaded', () => resolve(paintEarly(area, win, now)), {
        once: true,
      }),
    );
  const mirrored = readMirror(win);
  const fromMirror = paintStart(mirrored, win, now());
  if (fromMirror) win.performance.mark('tierdesk:mirror-painted');
  const read = startEarlyPopupRead(area, win, fromMirror?.painted);
  return read.then((got) => {
    win.performance.mark('tierdesk:storage-read');
    const stored = paintableStart(got);
    const same = !!mirrored && !!stored && mirrorText(stored) === mirrorText(mirrored);
    if (!fromMirror) paintStart(stored, win, now());
    else if (!same) {
      fromMirror.replace(stored, now());
      win.performance.mark('tierdesk:mirror-replaced');
    }
    // Off the first frame's path: the copy for the next time the popup opens.
    if (!same) win.setTimeout(() => writeMirror(win, stored));
  });
}
