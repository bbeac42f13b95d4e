// What still waits in a sender's outbox after a fault run, read from outside: the widget's Dexie
// outbox through plain IndexedDB in the page, the extension's through its background and alarm.
import type { Page } from 'playwright-core';
import { askBackground } from './extensionSender';

/** What waits in an outbox: entries, the most attempts any made, when the next try is due. */
export interface OutboxLeft {
  entries: number;
  maxAttempts: number;
  /** Seconds until the next attempt (the widget's soonest entry, the extension's alarm); null: none. */
  nextTryInSec: number | null;
  /** Summaries of the waiting entries (not printed). */
  summaries?: string[];
}

/** The widget's Dexie outbox of this origin, read with plain IndexedDB. */
export function readWidgetOutbox(page: Page): Promise<OutboxLeft> {
  return page.evaluate(
    () =>
      new Promise<OutboxLeft>((resolve, reject) => {
        const open = indexedDB.open('tierdesk-outbox-payroll');
        open.onerror = () => reject(new Error('outbox did not open'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('entries')) {
            db.close();
            return resolve({ entries: 0, maxAttempts: 0, nextTryInSec: null, summaries: [] });
          }
          const all = db.transaction('entries').objectStore('entries').getAll();
          all.onerror = () => (db.close(), reject(new Error('outbox not readable')));
          all.onsuccess = () => {
            db.close();
            const rows = all.result as {
              attempts: number;
              nextAttemptAt: number;
              draft: { summary: string };
            }[];
            const next = rows.length ? Math.min(...rows.map((r) => r.nextAttemptAt)) : null;
            resolve({
              entries: rows.length,
              maxAttempts: Math.max(0, ...rows.map((r) => r.attempts)),
              nextTryInSec: next === null ? null : Math.round((next - Date.now()) / 1000),
              summaries: rows.map((r) => r.draft.summary),
            });
          };
        };
      }),
  );
}

interface AlarmsApi {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
}

/** The extension's outbox (through the background) and its retry alarm. */
export async function readExtensionOutbox(page: Page): Promise<OutboxLeft> {
  const status = (await askBackground(page, { type: 'outbox-status' })) as {
    ok: boolean;
    pending?: { attempts: number; summary: string }[];
  };
  if (!status.ok) throw new Error('outbox-status refused');
  const alarm = await page.evaluate(async () => {
    const a = await (globalThis as unknown as { chrome: AlarmsApi }).chrome.alarms.get(
      'tierdesk-outbox',
    );
    return a ? Math.round((a.scheduledTime - Date.now()) / 1000) : null;
  });
  const pending = status.pending ?? [];
  return {
    entries: pending.length,
    maxAttempts: Math.max(0, ...pending.map((p) => p.attempts)),
    nextTryInSec: alarm,
    summaries: pending.map((p) => p.summary),
  };
}
