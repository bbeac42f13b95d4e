// Paints the agent's queue from the early storage read, in the classic script that started it
// (entrypoints/popup-start), before the popup's modules have even run: the same shape checks the
// app's first paint uses (no zod yet; verifyPopupStart decides after the paint), the same tree
// (firstScreenView). The app then takes the screen over in place (main.tsx), and a row clicked
// in between is opened by it.
import { firstScreenKey } from '../db/firstScreen';
import { peekFirstScreen } from '../db/peekFirstScreen';
import { peekSettings, settingsKey } from '../settings/peekSettings';
import { keepEarlyPaint, type EarlyPaint } from './earlyPopupRead';
import { firstScreenView } from './firstScreenView';

/** What painting needs of the popup's window (and where the early state is kept). */
export type PaintWindow = Pick<
  Window,
  'document' | 'location' | 'performance' | 'requestAnimationFrame' | 'setTimeout'
>;

/**
 * Paints the first screen into `#app` when there is a signed-in agent's queue to show; returns
 * what the app needs to take it over (kept in `win` too), or null when it left painting to the app.
 * The app may have started meanwhile: this runs first all the same (its answer to the read it
 * started comes before the app's), and plain DOM paints sooner than the app's first render.
 */
export function paintFirstScreen(
  got: Record<string, unknown>,
  win: PaintWindow,
  now: number,
): EarlyPaint | null {
  // A ticket link opens the ticket view, not the queue.
  if (/#ticket=/.test(win.location.hash)) return null;
  const app = win.document.getElementById('app');
  if (!app || app.firstChild) return null;
  const peeked = peekSettings(got[settingsKey]);
  if (!peeked?.signedIn || !peeked.me) return null;
  const screen = peekFirstScreen(got[firstScreenKey], peeked.me.id);
  if (!screen) return null;

  win.performance.mark('tierdesk:cache-read');
  app.append(firstScreenView(win.document, { me: peeked.me, screen, now }));
  win.performance.mark('tierdesk:popup-rendered');

  const idOf = new Map(screen.rows.map((r) => [r.item.number, r.item.id]));
  let clicked: string | null = null;
  const onClick = (e: Event) => {
    const row = (e.target as Element | null)?.closest?.('[data-ticket]');
    if (row) clicked = idOf.get(row.getAttribute('data-ticket') ?? '') ?? null;
  };
  app.addEventListener('click', onClick);
  const painted = new Promise<void>((resolve) =>
    win.requestAnimationFrame(() => {
      // What the bench reads: the cached queue's rows are on screen (the frame is being drawn).
      win.performance.mark('tierdesk:popup-painted');
      win.setTimeout(resolve);
    }),
  );
  const paint: EarlyPaint = {
    painted,
    takeOver(renderApp) {
      app.removeEventListener('click', onClick);
      renderApp(clicked);
    },
  };
  keepEarlyPaint(win, paint);
  return paint;
}
