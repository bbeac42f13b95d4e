// The extension's Report path under faults: an extension page hands reports to the background
// (the `submit-report` message the Report tab sends), whose outbox stores them in IndexedDB and
// sends them. Now and then the page reloads mid-message, or the background service worker is
// stopped while its outbox is sending (as Chrome stops idle workers).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { ulid } from 'ulidx';
import type { SenderLog } from './senderLog';

export interface ExtensionSenderOptions {
  context: BrowserContext;
  origin: string;
  name: string;
  tickets: number;
  /** Chance that a submit is cut by a reload of the page that sent it. */
  reloadChance: number;
  /** Chance that the service worker is stopped shortly after a submit (its outbox mid-send). */
  stopWorkerChance: number;
  random: () => number;
  log: SenderLog;
  /** Called each time the service worker is stopped. */
  onWorkerStopped: () => void;
  /** Mean pause between tickets, so a short run's submits spread over the whole chaos. */
  paceMs?: number;
}

type Answer = { ok: boolean; queued?: boolean; error?: string };

/** Asks the background something from an extension page (typed here: tests have no @types/chrome). */
export function askBackground(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage(m),
    message,
  );
}

/** Stops every service worker of the profile (the extension's background) through DevTools. */
export async function stopServiceWorkers(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
}

export function reportDraft(summary: string) {
  return {
    id: ulid(),
    app: { id: 'payroll' },
    source: 'extension',
    summary,
    description: 'Reported from the extension while the hub was being killed.',
    impact: 'individual',
    urgency: 'degraded',
    reporter: { name: 'Fault Test' },
    createdAt: new Date().toISOString(),
  };
}

export async function runExtensionSender(o: ExtensionSenderOptions): Promise<Page> {
  const page = await o.context.newPage();
  await page.goto(`${o.origin}/popup.html`);
  const cdp = await o.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  for (let i = 0; i < o.tickets; i++) {
    if (o.paceMs) await page.waitForTimeout(o.random() * 2 * o.paceMs);
    const summary = `${o.name} ticket ${i}: VPN drops every few minutes`;
    const message = { type: 'submit-report', draft: reportDraft(summary) };
    let answered: Answer | null = null;
    const sent = askBackground(page, message).then(
      (a) => (answered = a as Answer),
      () => null,
    );
    if (o.random() < o.reloadChance) {
      await page.waitForTimeout(o.random() * 40);
      o.log.reloads++;
      await page.reload().catch(() => page.goto(`${o.origin}/popup.html`));
      await sent;
    } else {
      await sent;
    }
    const a = answered as Answer | null;
    o.log.record(
      summary,
      a === null ? 'interrupted' : a.ok && a.queued ? 'queued' : 'refused',
      a && !a.ok ? a.error : undefined,
    );
    if (o.random() < o.stopWorkerChance) {
      await page.waitForTimeout(o.random() * 150);
      await stopServiceWorkers(cdp).catch(() => {});
      o.onWorkerStopped();
    }
  }
  await cdp.detach().catch(() => {});
  return page;
}
