// Issue 9, delivery under faults from the real senders: widget pages in Chromium filing through
// the built widget's dialog and IndexedDB outbox, and the built extension's background outbox,
// while the hub process is killed (SIGKILL) and restarted 10 times, pages reload mid-send and the
// extension's service worker is stopped mid-send. Every ticket a sender was promised is stored
// exactly once, nothing is stored twice, every outbox ends empty, SQLite opens clean after each
// kill. The soak (`npm run bench -- security`) runs 500 tickets through the same runner.
import { describe, expect, it } from 'vitest';
import { deliverFromBrowsers } from './deliverFromBrowsers';

describe('delivery under faults from the widget and the extension in Chromium', () => {
  it('10 kill -9 restarts, reloads and worker stops: 0 lost, 0 duplicated, outboxes empty', async () => {
    const r = await deliverFromBrowsers({
      widgetTickets: 6,
      extensionTickets: 14,
      restarts: 10,
      seed: 5,
      // Few tickets: spread them over the ~50 s of kills, and reload often.
      paceMs: { widget: 3_000, extension: 1_500 },
      widgetReloadChance: 0.4,
    });
    console.log('browser delivery under faults:', JSON.stringify(r));
    expect(r.restarts).toBeGreaterThanOrEqual(10);
    expect(r.submitted).toBe(20);
    expect(r.problems).toEqual([]);
    // The senders really were under faults, and were promised delivery for most tickets.
    expect(r.widget.promised + r.extension.promised).toBeGreaterThanOrEqual(10);
    expect(r.widget.reloads + r.extension.reloads + r.extension.workerStops).toBeGreaterThan(0);
    expect(r.lost).toBe(0);
    expect(r.undelivered).toBe(0);
    expect(r.duplicated).toBe(0);
    expect(r.strangers).toBe(0);
    expect(r.widget.leftInOutbox).toBe(0);
    expect(r.extension.leftInOutbox).toBe(0);
    expect(r.widget.refused + r.extension.refused).toBe(0);
    expect(r.corruptOpens).toBe(0);
  }, 300_000);
});
