// Paints the agent's queue in the classic script that starts the popup (entrypoints/popup-start),
// before the popup's modules have even run: from the page's mirror of the first screen at once
// (popup/firstScreenMirror), else from the early storage read's answer. The same shape checks the
// app's first paint uses (no zod yet; verifyPopupStart decides after the paint), the same tree
// (firstScreenView). A screen painted from the mirror is replaced when storage answers otherwise
// (paintEarly). The app then takes the screen over in place (main.tsx): a row clicked in between
// is opened by it, and keys pressed in between are replayed to it.
import { firstScreenKey, type FirstScreen } from '../db/firstScreen';
import { peekFirstScreen } from '../db/peekFirstScreen';
import { peekSettings, settingsKey, type PeekedSettings } from '../settings/peekSettings';
import { dropEarlyPaint, keepEarlyPaint, type EarlyKey, type EarlyPaint } from './earlyPopupRead';
import { firstScreenView } from './firstScreenView';

/** What painting needs of the popup's window (and where the early state is kept). */
export type PaintWindow = Pick<
  Window,
  'document' | 'location' | 'performance' | 'requestAnimationFrame' | 'setTimeout'
>;

/** A signed-in agent and their queue's first screen, shape-checked: what the first frame shows. */
export interface PaintableStart {
  me: NonNullable<PeekedSettings['me']>;
  screen: FirstScreen;
}

/** The paintable start in stored values (settings + first screen), or null when there is none. */
export function paintableStart(got: Record<string, unknown>): PaintableStart | null {
  const peeked = peekSettings(got[settingsKey]);
  if (!peeked?.signedIn || !peeked.me) return null;
  const screen = peekFirstScreen(got[firstScreenKey], peeked.me.id);
  return screen ? { me: peeked.me, screen } : null;
}

/** A first screen on the page, before the app took it over. */
export interface PaintedStart extends EarlyPaint {
  /**
   * Shows `next` instead (the same elements' places, rebuilt), or, given null, removes the screen
   * and leaves painting to the app (which then finds no early paint).
   */
  replace(next: PaintableStart | null, now: number): void;
}

/**
 * Paints `start` into `#app`; returns what replaces it and what the app needs to take it over
 * (kept in `win` too), or null when it left painting to the app: a ticket link, nothing to paint,
 * or `#app` missing or already drawn. The app may have started meanwhile: this runs first all the
 * same (its answer to the read it started comes before the app's), and plain DOM paints sooner
 * than the app's first render.
 */
export function paintStart(
  start: PaintableStart | null,
  win: PaintWindow,
  now: number,
): PaintedStart | null {
  // A ticket link opens the ticket view, not the queue.
  if (!start || /#ticket=/.test(win.location.hash)) return null;
  const app = win.document.getElementById('app');
  if (!app || app.firstChild) return null;

  win.performance.mark('tierdesk:cache-read');
  let idOf = new Map<string, string>();
  const draw = ({ me, screen }: PaintableStart, at: number) => {
    app.replaceChildren(firstScreenView(win.document, { me, screen, now: at }));
    idOf = new Map(screen.rows.map((r) => [r.item.number, r.item.id]));
  };
  draw(start, now);
  win.performance.mark('tierdesk:popup-rendered');

  let clicked: string | null = null;
  const onClick = (e: Event) => {
    const row = (e.target as Element | null)?.closest?.('[data-ticket]');
    if (row) clicked = idOf.get(row.getAttribute('data-ticket') ?? '') ?? null;
  };
  const keys: EarlyKey[] = [];
  const onKey = (e: Event) => {
    const { key, code, shiftKey, ctrlKey, altKey, metaKey } = e as KeyboardEvent;
    keys.push({ key, code, shiftKey, ctrlKey, altKey, metaKey });
  };
  const stop = () => {
    app.removeEventListener('click', onClick);
    win.document.removeEventListener('keydown', onKey);
  };
  app.addEventListener('click', onClick);
  win.document.addEventListener('keydown', onKey);
  const painted = new Promise<void>((resolve) =>
    win.requestAnimationFrame(() => {
      // What the bench reads: the cached queue's rows are on screen (the frame is being drawn).
      win.performance.mark('tierdesk:popup-painted');
      win.setTimeout(resolve);
    }),
  );
  const paint: PaintedStart = {
    painted,
    takeOver(renderApp) {
      stop();
      renderApp(clicked, keys);
    },
    replace(next, at) {
      if (next) return draw(next, at);
      stop();
      app.replaceChildren();
      dropEarlyPaint(win, paint);
    },
  };
  keepEarlyPaint(win, paint);
  return paint;
}

/** Paints the start found in stored values (the early storage read's answer). */
export const paintFirstScreen = (
  got: Record<string, unknown>,
  win: PaintWindow,
  now: number,
): PaintedStart | null => paintStart(paintableStart(got), win, now);
