// Captures the active tab for the Report tab: runs the page reader (activeTab grants it after
// the user opened the popup), takes a captureVisibleTab screenshot, validates and redacts.
import type { PageContext } from '@tierdesk/core/model/context';
import { buildPageContext, type Redactor } from '../capture/buildPageContext';
import { readPageContext } from '../capture/readPageContext';
import type { CapturedTab, Failure } from '../messages/backgroundAnswers';

export interface CaptureWorld {
  activeTab: () => Promise<
    { id?: number; windowId?: number; url?: string; title?: string } | undefined
  >;
  executeInTab: (tabId: number, fn: () => unknown) => Promise<unknown>;
  captureVisible: (windowId: number) => Promise<string>;
  redact: Redactor;
  now: () => number;
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
  let shot: string | null = null;
  if (screenshot && tab.windowId !== undefined) {
    try {
      shot = await w.captureVisible(tab.windowId);
    } catch (e) {
      notes.push(`no screenshot: ${String(e).slice(0, 120)}`);
    }
  }
  return { ok: true, context, screenshot: shot, notes };
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
