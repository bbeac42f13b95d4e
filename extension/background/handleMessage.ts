// The background's message router: validates every message with zod, accepts privileged ones only
// from the extension's own pages (never from a content script or a page), and dispatches.
import { describeIssues } from '@tierdesk/core/model/parse';
import * as z from 'zod/mini';
import type { TicketDraft } from '@tierdesk/core/model/draft';
import { backgroundMessageSchema, type ScreenshotPayload } from '../messages/backgroundMessage';
import type { BackgroundAnswers, Failure, OutboxStatus } from '../messages/backgroundAnswers';

export interface StoredScreenshot {
  bytes: ArrayBuffer;
  type: string;
  name: string;
}

export interface ReportQueue {
  /** Durably stores the report (IndexedDB) before answering; sending happens after. */
  enqueue(draft: TicketDraft, screenshot?: StoredScreenshot): Promise<void>;
  kick(): Promise<void>;
  status(): Promise<OutboxStatus>;
}

export interface MessageWorld {
  extensionId: string;
  extensionOrigin: string;
  refresh: () => Promise<BackgroundAnswers['refresh-queue']>;
  capture: (screenshot: boolean, tabId?: number) => Promise<BackgroundAnswers['capture-tab']>;
  settingsChanged: () => Promise<void>;
  reports: ReportQueue;
}

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export async function handleMessage(
  raw: unknown,
  sender: MessageSender,
  w: MessageWorld,
): Promise<BackgroundAnswers[keyof BackgroundAnswers]> {
  // A content script's sender URL is the page's; only our own pages (popup, setup — also when
  // opened in a tab) carry the extension's origin.
  const fromOwnPage =
    sender.id === w.extensionId && (sender.url ?? '').startsWith(w.extensionOrigin);
  if (!fromOwnPage)
    return fail('refused: messages are accepted from the extension’s own pages only');
  const parsed = z.safeParse(backgroundMessageSchema, raw);
  if (!parsed.success)
    return fail(
      describeIssues(parsed.error)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; '),
    );
  const msg = parsed.data;
  switch (msg.type) {
    case 'refresh-queue':
      return w.refresh();
    case 'capture-tab':
      return w.capture(msg.screenshot, msg.tabId);
    case 'settings-changed':
      await w.settingsChanged();
      return { ok: true };
    case 'outbox-status':
      return w.reports.status();
    case 'submit-report': {
      if (msg.draft.source !== 'extension') return fail('draft.source: expected "extension"');
      await w.reports.enqueue(
        msg.draft,
        msg.screenshot ? decodeScreenshot(msg.screenshot) : undefined,
      );
      void w.reports.kick();
      return { ok: true, queued: true };
    }
  }
}

function fail(error: string): Failure {
  return { ok: false, error };
}

export function decodeScreenshot(s: ScreenshotPayload): StoredScreenshot {
  const [head, b64] = s.dataUrl.split(',', 2) as [string, string];
  const type = head.slice('data:'.length, head.indexOf(';'));
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { bytes: bytes.buffer, type, name: s.name || 'screenshot.png' };
}
