import { afterEach, describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { firstScreenKey, firstScreenOf } from '../db/firstScreen';
import { settingsKey } from '../settings/peekSettings';
import { takeEarlyPaint } from './earlyPopupRead';
import { paintFirstScreen, type PaintWindow } from './paintFirstScreen';

const agent = {
  mode: 'agent',
  token: 'td_token',
  me: { id: 'ada', name: 'Ada', role: 'L1' },
};
const items = [q({ id: 'A1', number: 'TD-1' }), q({ id: 'B2', number: 'TD-2' })];
const stored = (over: Record<string, unknown> = {}) => ({
  [settingsKey]: agent,
  [firstScreenKey]: structuredClone(firstScreenOf(items, () => 0, 'ada')),
  ...over,
});

/** A popup window over happy-dom's document, with frames run by hand. */
function popup(hash = '') {
  document.body.innerHTML = '<div id="app"></div>';
  performance.clearMarks();
  const frames: (() => void)[] = [];
  const win = {
    document,
    location: { hash } as Location,
    performance,
    requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(() => cb(0)),
    setTimeout: ((cb: () => void) => setTimeout(cb)) as unknown as Window['setTimeout'],
  } as unknown as PaintWindow;
  return { win, frame: () => frames.splice(0).forEach((f) => f()) };
}
const marked = (name: string) => performance.getEntriesByName(name).length > 0;
const rows = () => [...document.querySelectorAll('[data-ticket]')].map((r) => r.textContent);

afterEach(() => void (document.body.innerHTML = ''));

describe('paintFirstScreen', () => {
  it('paints the agent’s queue, marks the painted frame, and hands it to the app', async () => {
    const { win, frame } = popup();
    const paint = paintFirstScreen(stored(), win, 0);
    expect(paint).not.toBeNull();
    expect(rows()).toHaveLength(2);
    expect(rows()[0]).toContain('TD-1');
    expect([marked('tierdesk:cache-read'), marked('tierdesk:popup-rendered')]).toEqual([
      true,
      true,
    ]);
    expect(marked('tierdesk:popup-painted')).toBe(false);
    frame();
    expect(marked('tierdesk:popup-painted')).toBe(true);
    await paint!.painted;
    expect(takeEarlyPaint(win)).toBe(paint);
    expect(takeEarlyPaint(win)).toBeNull(); // taken once
  });

  it('opens the row clicked before the app took over, and stops listening then', () => {
    const { win } = popup();
    const paint = paintFirstScreen(stored(), win, 0)!;
    (document.querySelector('[data-ticket="TD-2"] span') as HTMLElement).click();
    let opened: string | null = 'none';
    paint.takeOver((id) => (opened = id));
    expect(opened).toBe('B2');
    (document.querySelector('[data-ticket="TD-1"]') as HTMLElement).click();
    paint.takeOver((id) => (opened = id));
    expect(opened).toBe('B2');

    const quiet = popup();
    paintFirstScreen(stored(), quiet.win, 0)!.takeOver((id) => (opened = id));
    expect(opened).toBeNull();
  });

  it('hands the app the keys pressed before it took over, in order, and stops listening then', () => {
    const { win } = popup();
    const paint = paintFirstScreen(stored(), win, 0)!;
    const press = (key: string, init: KeyboardEventInit = {}) =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
    press('j');
    press('J', { shiftKey: true });
    press('Enter');
    let keys: readonly { key: string; shiftKey: boolean }[] = [];
    paint.takeOver((_, k) => (keys = k));
    press('k');
    expect(keys.map((k) => [k.key, k.shiftKey])).toEqual([
      ['j', false],
      ['J', true],
      ['Enter', false],
    ]);
  });

  it('leaves painting to the app when there is no agent queue to show, or it is not the queue', () => {
    const cases: [string, Record<string, unknown>, string?][] = [
      ['reporter', stored({ [settingsKey]: { ...agent, mode: 'reporter' } })],
      ['no token', stored({ [settingsKey]: { ...agent, token: undefined } })],
      ['no first screen', stored({ [firstScreenKey]: undefined })],
      ['another agent’s', stored({ [firstScreenKey]: firstScreenOf(items, () => 0, 'bob') })],
      [
        'not its shape',
        stored({ [firstScreenKey]: { v: 1, agentId: 'ada', total: 1, rows: [{}] } }),
      ],
      ['a ticket link', stored(), '#ticket=A1'],
    ];
    for (const [why, got, hash] of cases) {
      const { win } = popup(hash);
      expect(paintFirstScreen(got, win, 0), why).toBeNull();
      expect(document.getElementById('app')!.childNodes, why).toHaveLength(0);
      expect(takeEarlyPaint(win), why).toBeNull();
    }
    const { win } = popup();
    document.getElementById('app')!.append('already drawn');
    expect(paintFirstScreen(stored(), win, 0)).toBeNull();
  });
});
