// Captures the active tab for the Report tab: runs the page reader (activeTab grants it after
// the user opened the popup), takes a captureVisibleTab screenshot with the page's password
// fields and `[data-tierdesk-mask]` areas blacked out, validates and redacts.
import type { PageContext } from '@tierdesk/core/model/context';
import { buildPageContext, type Redactor } from '../capture/buildPageContext';
import { readPageContext } from '../capture/readPageContext';
import { readMaskBoxes } from '../capture/readMaskBoxes';
import { maskScreenshot, parseMaskBoxes, type MaskBoxes } from './maskScreenshot';
import type { CapturedTab, Failure } from '../messages/backgroundAnswers';

export interface CaptureWorld {
  activeTab: () => Promise<
    { id?: number; windowId?: number; url?: string; title?: string } | undefined
  >;
  executeInTab: (tabId: number, fn: () => unknown) => Promise<unknown>;
  captureVisible: (windowId: number) => Promise<string>;
  redact: Redactor;
  now: () => number;
  /** Blacks the boxes out on the image (default: an OffscreenCanvas in the background). */
  mask?: (dataUrl: string, boxes: MaskBoxes) => Promise<string>;
}

export async function captureTab(
  w: CaptureWorld,
  screenshot: boolean,
): Promise<CapturedTab | Failure> {
  const tab = await w.activeTab();
  if (!tab || tab.id === undefined) return { ok: false, error: 'no active tab to report from' };
  const notes: string[] = [];
  let context: PageContext | null = null;
  try {
    const raw = await w.executeInTab(tab.id, readPageContext);
    const built = buildPageContext(raw, w.redact, w.now());
    if (built.ok) context = built.value;
    else notes.push(`page context was not usable: ${built.message}`);
  } catch (e) {
    notes.push(`this page cannot be read by extensions (${String(e).slice(0, 120)})`);
  }
  context ??= minimalContext(tab, w);
  const shot =
    screenshot && tab.windowId !== undefined
      ? await maskedScreenshot(w, tab.id, tab.windowId, notes)
      : null;
  return { ok: true, context, screenshot: shot, notes };
}

/**
 * The visible tab with the masked areas black, or null (and a note) when it cannot be taken or
 * cannot be masked: an unmasked screenshot of a page that has fields to hide is never kept.
 */
async function maskedScreenshot(
  w: CaptureWorld,
  tabId: number,
  windowId: number,
  notes: string[],
): Promise<string | null> {
  let boxes: MaskBoxes | null = null;
  let scriptable = true;
  try {
    boxes = parseMaskBoxes(await w.executeInTab(tabId, readMaskBoxes));
  } catch {
    scriptable = false;
  }
  if (scriptable && !boxes) {
    notes.push('no screenshot: the page did not say which areas to black out');
    return null;
  }
  try {
    const raw = await w.captureVisible(windowId);
    if (!boxes) {
      // Browser pages and the web store cannot be scripted (nor can the widget run there).
      notes.push('this page could not be checked for password fields: review the screenshot');
      return raw;
    }
    return boxes.boxes.length === 0 ? raw : await (w.mask ?? maskScreenshot)(raw, boxes);
  } catch (e) {
    notes.push(`no screenshot: ${String(e).slice(0, 120)}`);
    return null;
  }
}

/** What we know without scripting (browser pages, the web store): the tab's URL and title. */
function minimalContext(tab: { url?: string; title?: string }, w: CaptureWorld): PageContext {
  return {
    url: w.redact.url(tab.url ?? '').slice(0, 2048),
    title: w.redact.text(tab.title ?? '').slice(0, 512),
    environment: { userAgent: navigator.userAgent.slice(0, 512), language: navigator.language },
    viewport: { width: 0, height: 0, devicePixelRatio: 1 },
    locale: navigator.language.length >= 2 ? navigator.language : 'en',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    consoleErrors: [],
    failedRequests: [],
    jsErrors: [],
    capturedAt: new Date(w.now()).toISOString(),
  };
}
