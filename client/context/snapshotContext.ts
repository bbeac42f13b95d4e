// The page context as of now: what capture recorded plus the page and environment facts read
// at this moment. Kept apart from capture so the widget's loader does not carry it.
import type { PageContext } from '@tierdesk/core/model/context';
import { readEnvironment } from './readEnvironment';
import { captureLimits, type ContextCapture } from './startContextCapture';

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

export function snapshotContext(
  win: Window & typeof globalThis,
  capture: Pick<ContextCapture, 'records'>,
  now: number,
): PageContext {
  const doc = win.document;
  return {
    url: clip(win.location.href, captureLimits.url),
    title: clip(doc.title ?? '', 512),
    referrer: doc.referrer ? clip(doc.referrer, captureLimits.url) : undefined,
    ...readEnvironment(win),
    ...capture.records(),
    capturedAt: new Date(now).toISOString(),
  };
}
