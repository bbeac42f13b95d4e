// Opens an extension page in Chromium and reads how long it took to paint: the page's own marks
// (navigation → `tierdesk:popup-start` (popup-start.js runs) → `tierdesk:cache-read` (the first
// screen in hand: from the page's mirror, `tierdesk:mirror-painted`, or from storage) →
// `tierdesk:popup-rendered` (the DOM built) → `tierdesk:popup-painted` (the next animation frame);
// `tierdesk:storage-read` (storage.local answered; `tierdesk:mirror-replaced` when it held another
// screen than the mirror), `tierdesk:app-start` (the popup's module runs) and
// `tierdesk:app-rendered` (it took over a queue popup-start.js painted)) and
// the renderer main thread's CPU time up to the painted mark, from a trace. CPU time is the
// figure a shared, loaded machine cannot inflate much; wall time is what a user waits.
import type { CDPSession, Page } from 'playwright-core';
import type { LoadedExtension } from './launchExtension';

export interface PopupTiming {
  page: Page;
  /** Milliseconds from navigation start to each mark (NaN when the page did not set it). */
  start: number;
  cacheRead: number;
  /** storage.local answered the early read (NaN: the module read for itself). */
  storageRead: number;
  /** The first screen was painted from the page's mirror; and storage then replaced it. */
  fromMirror: boolean;
  mirrorReplaced: boolean;
  rendered: number;
  painted: number;
  appStart: number;
  /** The module's tree is in the DOM (it painted, or took over what popup-start.js painted). */
  appRendered: number;
  /** Renderer main-thread CPU time (ms) from navigation start to the painted mark. */
  mainThreadCpuMs: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  args?: { name?: string };
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.data;
    if (chunk.eof) return text;
  }
}

/** Opens `path` (e.g. `popup.html`) in a new tab and waits for `readySelector` and `marks`. */
export async function openTimed(
  ext: LoadedExtension,
  path: string,
  readySelector = '[data-ticket]',
  marks = ['tierdesk:popup-painted'],
): Promise<PopupTiming> {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const stream = new Promise<string>((resolve) =>
    cdp.on('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', '__metadata'] },
  });
  await page.goto(`${ext.origin}/${path}`);
  await page.waitForSelector(readySelector);
  await page.waitForFunction(
    (names) => names.every((n) => performance.getEntriesByName(n).length > 0),
    marks,
  );
  const [
    start,
    cacheRead,
    rendered,
    painted,
    appStart,
    appRendered,
    storageRead,
    mirror,
    replaced,
  ] = await page.evaluate(() =>
    [
      'tierdesk:popup-start',
      'tierdesk:cache-read',
      'tierdesk:popup-rendered',
      'tierdesk:popup-painted',
      'tierdesk:app-start',
      'tierdesk:app-rendered',
      'tierdesk:storage-read',
      'tierdesk:mirror-painted',
      'tierdesk:mirror-replaced',
    ].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN),
  );
  await cdp.send('Tracing.end');
  const events = (JSON.parse(await readStream(cdp, await stream)) as { traceEvents: TraceEvent[] })
    .traceEvents;
  await cdp.detach();
  return {
    page,
    start: start!,
    cacheRead: cacheRead!,
    storageRead: storageRead!,
    fromMirror: !Number.isNaN(mirror!),
    mirrorReplaced: !Number.isNaN(replaced!),
    rendered: rendered!,
    painted: painted!,
    appStart: appStart!,
    appRendered: appRendered!,
    mainThreadCpuMs: cpu(events, painted!),
  };
}

/** Sums the CPU time of the renderer main thread's tasks between navigation and the mark. */
function cpu(events: TraceEvent[], paintedMs: number): number {
  const mark = events.find((e) => e.name === 'tierdesk:popup-painted');
  if (!mark) return Number.NaN;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.pid === mark.pid && e.args?.name === 'CrRendererMain')
      .map((e) => e.tid),
  );
  const from = mark.ts - paintedMs * 1000;
  let us = 0;
  for (const e of events)
    if (
      e.pid === mark.pid &&
      mains.has(e.tid) &&
      e.ph === 'X' &&
      e.cat === 'toplevel' &&
      e.tdur !== undefined &&
      e.ts >= from &&
      e.ts <= mark.ts
    )
      us += e.tdur;
  return us / 1000;
}
