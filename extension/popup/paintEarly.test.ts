import { afterEach, describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { firstScreenKey, firstScreenOf } from '../db/firstScreen';
import { settingsKey } from '../settings/peekSettings';
import { markAppStarted, takeEarlyPaint } from './earlyPopupRead';
import { mirrorKey, readMirror, writeMirror } from './firstScreenMirror';
import { paintEarly } from './paintEarly';
import { paintableStart, type PaintWindow } from './paintFirstScreen';
import { readPopupStart } from './readPopupStart';

const me = { id: 'ada', name: 'Ada', role: 'L1' };
const agent = { mode: 'agent', token: 'td_token', me };
const screenOf = (...numbers: string[]) =>
  structuredClone(
    firstScreenOf(
      numbers.map((n) => q({ id: `ID${n}`, number: n })),
      () => 0,
      'ada',
    ),
  );
const stored = (screen: unknown, settings: unknown = agent) => ({
  [settingsKey]: settings,
  [firstScreenKey]: screen,
});

/**
 * A popup window over happy-dom's document, with frames run by `frame`; `area` is the storage
 * area's getter (counted in `touched`), and storage answers when `answer` is called.
 */
function popup() {
  document.body.innerHTML = '<div id="app"></div>';
  performance.clearMarks();
  let answer: (got: Record<string, unknown>) => void = () => {};
  const frames: (() => void)[] = [];
  const touched = { count: 0 };
  const area = () => (
    touched.count++,
    { get: () => new Promise<Record<string, unknown>>((r) => (answer = r)) }
  );
  const win = {
    document,
    location: { hash: '' } as Location,
    performance,
    localStorage,
    requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(() => cb(0)),
    setTimeout: ((cb: () => void) => setTimeout(cb)) as unknown as Window['setTimeout'],
  } as unknown as PaintWindow & { localStorage: Storage };
  return {
    win,
    area,
    touched,
    /** Runs the frame, then lets the task after it (where the storage read starts) run. */
    frame: async () => {
      frames.splice(0).forEach((f) => f());
      await new Promise((r) => setTimeout(r));
    },
    answer: (got: Record<string, unknown>) => answer(got),
  };
}
const rows = () =>
  [...document.querySelectorAll('[data-ticket]')].map((r) => r.getAttribute('data-ticket'));
const marked = (name: string) => performance.getEntriesByName(name).length > 0;
const settle = () => new Promise((r) => setTimeout(r, 5));

afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});

describe('paintEarly', () => {
  it('paints from storage’s answer when there is no mirror, and keeps one for next time', async () => {
    const { win, area, answer, touched } = popup();
    const done = paintEarly(area, win, () => 0);
    expect(rows()).toEqual([]);
    expect(touched.count).toBe(1); // nothing painted: the read starts at once
    answer(stored(screenOf('TD-1', 'TD-2')));
    await done;
    expect(rows()).toEqual(['TD-1', 'TD-2']);
    expect(marked('tierdesk:mirror-painted')).toBe(false);
    await settle();
    expect(readMirror(win)).toEqual(paintableStart(stored(screenOf('TD-1', 'TD-2'))));
  });

  it('paints from the mirror before storage answers, and leaves it when storage agrees', async () => {
    writeMirror(win0(), paintableStart(stored(screenOf('TD-1', 'TD-2'))));
    const { win, area, answer, touched, frame } = popup();
    const painted = document.getElementById('app')!;
    const done = paintEarly(area, win, () => 0);
    expect(rows()).toEqual(['TD-1', 'TD-2']); // at once, no storage answer yet
    // The extension API is not touched before that frame is on screen.
    expect(touched.count).toBe(0);
    await frame();
    expect(touched.count).toBe(1);
    const firstRow = document.querySelector('[data-ticket]');
    answer(stored(screenOf('TD-1', 'TD-2')));
    await done;
    expect(document.querySelector('[data-ticket]')).toBe(firstRow); // not rebuilt
    expect(painted.childNodes).toHaveLength(1);
    expect(marked('tierdesk:mirror-painted')).toBe(true);
    expect(marked('tierdesk:mirror-replaced')).toBe(false);
    expect(takeEarlyPaint(win)).not.toBeNull();
  });

  it('replaces the mirror’s screen with storage’s when they differ, before the app takes over', async () => {
    writeMirror(win0(), paintableStart(stored(screenOf('TD-1', 'TD-2'))));
    const { win, area, answer, frame } = popup();
    const done = paintEarly(area, win, () => 0);
    // The app's module, run before the read has even begun, takes that same read and takes over
    // after popup-start.js has replaced the screen.
    markAppStarted(win);
    const app = readPopupStart(area, win).then(() => takeEarlyPaint(win));
    await frame();
    answer(stored(screenOf('TD-3', 'TD-1')));
    await done;
    expect(rows()).toEqual(['TD-3', 'TD-1']);
    expect(marked('tierdesk:mirror-replaced')).toBe(true);
    let opened: string | null = 'none';
    (document.querySelector('[data-ticket="TD-3"] span') as HTMLElement).click();
    (await app)!.takeOver((id) => (opened = id));
    expect(opened).toBe('IDTD-3'); // the click maps onto the rows now shown
    await settle();
    expect(readMirror(win)!.screen.rows.map((r) => r.item.number)).toEqual(['TD-3', 'TD-1']);
  });

  it('removes the mirror’s screen and leaves painting to the app when storage has none to paint', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['signed out', stored(screenOf('TD-1'), { ...agent, token: undefined })],
      ['another agent', stored(screenOf('TD-1'), { ...agent, me: { ...me, id: 'bob' } })],
      ['no first screen', stored(undefined)],
    ];
    for (const [why, got] of cases) {
      writeMirror(win0(), paintableStart(stored(screenOf('TD-1'))));
      const { win, area, answer, frame } = popup();
      const done = paintEarly(area, win, () => 0);
      expect(rows(), why).toEqual(['TD-1']);
      await frame();
      answer(got);
      await done;
      expect(document.getElementById('app')!.childNodes, why).toHaveLength(0);
      expect(takeEarlyPaint(win), why).toBeNull();
      await settle();
      expect(localStorage.getItem(mirrorKey), why).toBeNull();
    }
  });

  it('waits for #app when it runs before the parser has reached it', async () => {
    writeMirror(win0(), paintableStart(stored(screenOf('TD-1'))));
    const { win, area } = popup();
    document.body.innerHTML = '';
    const loading = { value: 'loading' as DocumentReadyState };
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => loading.value });
    try {
      void paintEarly(area, win, () => 0);
      expect(marked('tierdesk:mirror-painted')).toBe(false);
      document.body.innerHTML = '<div id="app"></div>';
      loading.value = 'interactive';
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(rows()).toEqual(['TD-1']);
      expect(marked('tierdesk:mirror-painted')).toBe(true);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });

  it('does nothing once the app’s module has started: it reads and paints for itself', async () => {
    writeMirror(win0(), paintableStart(stored(screenOf('TD-1'))));
    const { win, area } = popup();
    markAppStarted(win);
    await paintEarly(area, win, () => 0);
    expect(rows()).toEqual([]);
  });
});

function win0() {
  return { localStorage };
}
