// The popup's first screen in real Chromium: popup-start.js paints the cached queue before the
// popup's modules have run (from the page's mirror of it when there is one, replaced when
// storage.local holds another), and the Preact app takes it over in place (the same row elements
// at the same place), opening a row clicked before it took over. The "hub" is a recorder that
// answers 404 to everything, so what the popup asked for can be checked.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleQueueItem as q } from '../../client/agent/testing/sampleQueueItem';
import { buildExtension, removeBuild } from './buildExtension';
import { launchExtension, type LoadedExtension } from './launchExtension';

let ext: LoadedExtension;
let dir = '';
let hub: Server;
const asked: string[] = [];

const now = Date.now();
const items = Array.from({ length: 30 }, (_, i) =>
  q({
    id: `01JD8Z5Q9X7YB3C4D5E6F7${String(i).padStart(4, '0')}`,
    number: `TD-${200 + i}`,
    summary: i === 1 ? '<img src=x onerror="document.title=1">' : `Ticket ${i}`,
    nextDueAt: new Date(now + (i + 1) * 3_600_000).toISOString(),
  }),
);

/** Settings for an agent and the first screen the background would have written. */
async function seed(hubUrl: string) {
  const page = await ext.context.newPage();
  await page.goto(`${ext.origin}/popup.html`);
  await page.evaluate(
    ([hubUrl, items]) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(v: unknown): Promise<void> } } };
        }
      ).chrome.storage.local.set({
        'tierdesk.settings': {
          hubUrl,
          mode: 'agent',
          token: 'td_first_screen_token',
          reportApp: 'payroll',
          me: { id: 'agent-l1', name: 'First Agent', role: 'L1' },
          consoleCapture: false,
        },
        'tierdesk.firstScreen': {
          v: 1,
          agentId: 'agent-l1',
          total: 4000,
          rows: items.map((item) => ({ item, pctAt: Date.now() })),
        },
      }),
    [hubUrl, items] as const,
  );
  await page.close();
}

interface Seen {
  /** The queue was painted before the app's tree was in place (popup-start.js painted it). */
  early: boolean;
  rects: string[];
  texts: string[];
}

/**
 * Opens the popup, noting the rows when they first appear (optionally clicking the second one at
 * that moment), then once the app is in place: whether they are still the same elements, where.
 */
async function open(
  clickSecond: boolean,
  pressJ = false,
): Promise<{ page: Page; seen: Seen; same: boolean[]; rects: string[] }> {
  const page = await ext.context.newPage();
  await page.addInitScript(
    ([click, j]) => {
      const w = window as unknown as { seenRows?: Element[]; seen?: unknown };
      new MutationObserver((_, observer) => {
        const rows = [...document.querySelectorAll('[data-ticket]')];
        if (rows.length === 0) return;
        observer.disconnect();
        w.seenRows = rows;
        w.seen = {
          early: performance.getEntriesByName('tierdesk:app-rendered').length === 0,
          rects: rows.map((r) => JSON.stringify(r.getBoundingClientRect())),
          texts: rows.map((r) => r.textContent),
        };
        if (click) (rows[1]!.querySelector('span') as HTMLElement).click();
        if (j)
          document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      }).observe(document, { childList: true, subtree: true });
    },
    [clickSecond, pressJ] as const,
  );
  await page.goto(`${ext.origin}/popup.html`);
  await page.waitForFunction(
    () => performance.getEntriesByName('tierdesk:app-rendered').length > 0,
  );
  const result = await page.evaluate(() => {
    // No rows ever shown (signed out, and the app painted before popup-start.js): none seen.
    const w = window as unknown as { seenRows?: Element[]; seen?: Seen };
    const rows = w.seenRows ?? [];
    return {
      seen: w.seen ?? { early: false, rects: [], texts: [] },
      same: rows.map((r) => r.isConnected && r.closest('#app') !== null),
      rects: rows.map((r) => JSON.stringify(r.getBoundingClientRect())),
    };
  });
  return { page, ...result };
}

beforeAll(async () => {
  hub = createServer((req, res) => {
    asked.push(req.url ?? '');
    res.writeHead(404, { 'Access-Control-Allow-Origin': '*' });
    res.end();
  });
  await new Promise<void>((r) => hub.listen(0, '127.0.0.1', r));
  dir = buildExtension('e2e');
  ext = await launchExtension(dir);
  await seed(`http://127.0.0.1:${(hub.address() as AddressInfo).port}`);
});

afterAll(async () => {
  await ext?.close();
  if (dir) removeBuild(dir);
  await new Promise((r) => hub?.close(r));
});

describe('the popup’s first screen', () => {
  it('is painted by popup-start.js and taken over in place by the app', async () => {
    // Which script paints first depends on the machine: open until popup-start.js has.
    let early = 0;
    for (let i = 0; i < 6 && early < 2; i++) {
      const { page, seen, same, rects } = await open(false);
      expect(seen.texts).toHaveLength(10);
      expect(seen.texts[0]).toContain('TD-200');
      expect(seen.texts[1]).toContain('<img src=x onerror="document.title=1">');
      expect(await page.$('#app img')).toBeNull();
      if (seen.early) {
        early++;
        expect(same).toEqual(seen.texts.map(() => true)); // the very elements, kept by Preact
        expect(rects).toEqual(seen.rects); // and nothing moved
        // What the app renders on after the takeover still works: the list scrolls and keyboard
        // selection moves.
        await page.keyboard.press('j');
        await page.waitForSelector('[data-ticket="TD-201"][aria-selected="true"]');
      }
      await page.close();
    }
    expect(early).toBeGreaterThan(0);
  });

  it('opens a row clicked before the app took over', async () => {
    for (let i = 0; i < 6; i++) {
      asked.length = 0;
      const { page, seen } = await open(true);
      if (seen.early) {
        await page.waitForSelector('.td-ticket');
        expect(await page.$('.td-queue')).toBeNull();
        await expect.poll(() => asked).toContain(`/v1/tickets/${items[1]!.id}`);
        await page.close();
        return;
      }
      await page.close();
    }
    throw new Error('popup-start.js never painted first in 6 opens');
  });

  it('replays to the app a key pressed on the queue before it took over', async () => {
    for (let i = 0; i < 6; i++) {
      const { page, seen } = await open(false, true);
      if (seen.early) {
        await page.waitForSelector('[data-ticket="TD-201"][aria-selected="true"]');
        await page.close();
        return;
      }
      await page.close();
    }
    throw new Error('popup-start.js never painted first in 6 opens');
  });

  it('paints from the page’s mirror, and shows what storage holds when the background changed it', async () => {
    const marks = (page: Page) =>
      page.evaluate(() =>
        ['tierdesk:mirror-painted', 'tierdesk:storage-read', 'tierdesk:mirror-replaced'].map(
          (n) => performance.getEntriesByName(n)[0]?.startTime ?? null,
        ),
      );
    const shown = (page: Page) =>
      page.$$eval('[data-ticket]', (rows) => rows.map((r) => r.getAttribute('data-ticket')));

    // Which script runs first depends on the machine (when the app's module does, it reads and
    // paints for itself): open until popup-start.js has painted from the mirror.
    const openFromMirror = async () => {
      for (let i = 0; i < 6; i++) {
        const opened = await open(false);
        if ((await marks(opened.page))[0] !== null) return opened;
        await opened.page.close();
      }
      throw new Error('popup-start.js never painted from the mirror in 6 opens');
    };

    // Opened before: the mirror holds what storage holds, and the popup paints from it.
    let { page } = await open(false);
    await page.close();
    ({ page } = await openFromMirror());
    const [mirrored, storageRead, replaced] = await marks(page);
    expect(mirrored).not.toBeNull();
    expect(storageRead).toBeGreaterThanOrEqual(mirrored!);
    expect(replaced).toBeNull();
    await page.close();

    // The background rewrites the first screen while no popup is open (it cannot reach the
    // mirror): the next popup shows storage's screen once storage answers, before the app's tree.
    // Here the five soonest-due tickets were resolved meanwhile.
    const moved = items.slice(5, 21);
    await ext.worker.evaluate(async (rows) => {
      const area = chrome.storage.local;
      const got = await area.get('tierdesk.firstScreen');
      await area.set({
        'tierdesk.firstScreen': {
          ...(got['tierdesk.firstScreen'] as object),
          rows: rows.map((item) => ({ item, pctAt: Date.now() })),
        },
      });
    }, moved);
    const reopened = await openFromMirror();
    page = reopened.page;
    const seen = reopened.seen;
    const [, , replacedNow] = await marks(page);
    if (seen.early) expect(seen.texts[0]).toContain('TD-200'); // the mirror's, at first
    expect(replacedNow).not.toBeNull();
    expect((await shown(page)).slice(0, 3)).toEqual(['TD-205', 'TD-206', 'TD-207']);
    await page.close();
    ({ page } = await openFromMirror()); // and the mirror was brought up to date
    expect((await marks(page))[2]).toBeNull();
    expect((await shown(page))[0]).toBe('TD-205');
    await page.close();

    // Signed out while no page was open: the mirror's queue is not left on screen.
    await ext.worker.evaluate(async () => {
      const area = chrome.storage.local;
      const got = await area.get('tierdesk.settings');
      await area.set({
        'tierdesk.settings': { ...(got['tierdesk.settings'] as object), mode: 'reporter' },
      });
    });
    ({ page } = await openFromMirror());
    expect((await marks(page))[2]).not.toBeNull(); // removed, not merely replaced
    await page.waitForSelector('textarea, form');
    expect(await page.$('[data-ticket]')).toBeNull();
    expect(
      await page.evaluate(() => localStorage.getItem('tierdesk.firstScreenMirror')),
    ).toBeNull();
    await page.close();
  });
});
