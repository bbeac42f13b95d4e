// Delivery under faults: pages submit tickets through the client outbox (Dexie over IndexedDB)
// while the hub process is killed with SIGKILL and restarted at random and pages "reload"
// (their outbox closed mid-send and opened again); direct clients hammer intake at the same
// time so kills land mid-write. Counts lost and duplicated tickets, restarts survived, and
// whether SQLite opened clean after every kill. Needs a global `indexedDB` (fake-indexeddb in
// Node). Used by the test (small) and by the soak run (500 tickets).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHubClient, createOutbox, OutboxDb, type Outbox } from '@tierdesk/client';
import type { TicketDraft } from '@tierdesk/core';
import { ulid } from 'ulidx';
import { bundleHub } from './bundleHub';
import { freePort, HubProcess, integrityCheck } from './hubProcess';
import { seededRandom } from '@tierdesk/core/classify/text/seededRandom';
import { storedTicketIds } from '../security/hubDatabase';
import Database from 'better-sqlite3';

export interface DeliveryReport {
  /** Tickets put into page outboxes, and sent directly (acknowledged by a 201/200). */
  submitted: number;
  acknowledgedDirect: number;
  lost: number;
  duplicated: number;
  /** Tickets the hub refused for good (should be 0: every draft is valid). */
  refused: number;
  restarts: number;
  pageReloads: number;
  /** Integrity checks after a kill that did not answer "ok". */
  corruptOpens: number;
  seconds: number;
}

const key = 'pk_fault_test_0001';

function makeDraft(tag: string): TicketDraft {
  return {
    id: ulid(),
    app: { id: 'payroll' },
    source: 'widget',
    summary: `Payslip fails ${tag}`,
    description: `Delivery test ticket ${tag}`,
    impact: 'individual',
    urgency: 'degraded',
    reporter: { name: 'Fault Test' },
    createdAt: new Date().toISOString(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function deliverUnderFaults(options: {
  /** Tickets through page outboxes. */
  tickets: number;
  /** Tickets sent directly by clients that retry until acknowledged (kills mid-write). */
  directTickets: number;
  restarts: number;
  pages?: number;
  seed?: number;
}): Promise<DeliveryReport> {
  const started = performance.now();
  const random = seededRandom(options.seed ?? 9);
  const dir = mkdtempSync(join(tmpdir(), 'tierdesk-faults-'));
  const configPath = join(dir, 'hub.json');
  const lots = { perMinute: 1_000_000, burst: 100_000 };
  writeFileSync(
    configPath,
    JSON.stringify({
      apps: [{ id: 'payroll', name: 'Payroll', intakeKeys: [key], allowedOrigins: ['*'] }],
      hub: { rateLimits: { intakeClient: lots, intakeKey: lots, agent: lots, anonymous: lots } },
    }),
  );
  const cli = await bundleHub();
  const hub = new HubProcess({
    port: await freePort(),
    dataDir: join(dir, 'data'),
    configPath,
    cli,
  });
  await hub.start();

  // Backoff runs on a fast clock (20× real time) so retries after an outage come soon.
  const t0 = Date.now();
  const clock = () => t0 + (Date.now() - t0) * 20;
  const client = createHubClient({ hub: hub.url, key, fetch: globalThis.fetch.bind(globalThis) });
  const pageCount = options.pages ?? 3;
  const pages: Array<{ db: OutboxDb; outbox: Outbox }> = [];
  const openPage = (i: number) => {
    const db = new OutboxDb(`tierdesk-faults-${options.seed ?? 9}-page-${i}`);
    pages[i] = { db, outbox: createOutbox({ db, client, now: clock, random }) };
  };
  for (let i = 0; i < pageCount; i++) openPage(i);

  const enqueued = new Set<string>();
  const acknowledged = new Set<string>();
  let restarts = 0;
  let pageReloads = 0;
  let corruptOpens = 0;
  let chaos = true;

  // Pages: enqueue tickets at a steady pace and flush often (a flush may die with a reload).
  const pump = (async () => {
    let next = 0;
    while (chaos || next < options.tickets) {
      for (let k = 0; k < 3 && next < options.tickets; k++, next++) {
        const draft = makeDraft(`outbox-${next}`);
        const page = pages[Math.floor(random() * pageCount)]!;
        try {
          await page.outbox.enqueue(draft);
          enqueued.add(draft.id);
        } catch {
          next--; // the page reloaded while saving: the user presses submit again
        }
      }
      await Promise.all(pages.map((p) => p.outbox.flush().catch(() => null)));
      await sleep(30);
      if (!chaos && next >= options.tickets) break;
    }
  })();

  // Direct clients: POST, and on no answer POST the same body again until acknowledged.
  let directNext = 0;
  const direct = Array.from({ length: 4 }, async () => {
    while (directNext < options.directTickets) {
      const draft = makeDraft(`direct-${directNext++}`);
      for (;;) {
        const res = await client.submitTicket(draft);
        if (res.ok) {
          acknowledged.add(draft.id);
          break;
        }
        await sleep(50);
      }
    }
  });

  // Chaos: kill -9 at random moments, check the file opens clean, start again.
  for (let r = 0; r < options.restarts; r++) {
    await sleep(200 + random() * 900);
    if (random() < 0.5) {
      const i = Math.floor(random() * pageCount);
      const old = pages[i]!;
      old.db.close(); // a reload mid-send: whatever that page was doing is cut off
      openPage(i);
      pageReloads++;
    }
    await hub.kill9();
    if (integrityCheck(join(dir, 'data')) !== 'ok') corruptOpens++;
    await sleep(random() * 300);
    await hub.start();
    restarts++;
  }
  chaos = false;
  await Promise.all(direct);
  await pump;

  // Drain: flush until every outbox is empty (the hub is up now).
  for (let round = 0; round < 400; round++) {
    const left = (await Promise.all(pages.map((p) => p.outbox.entries()))).flat();
    if (left.every((e) => e.state === 'failed')) break;
    await Promise.all(pages.map((p) => p.outbox.flush().catch(() => null)));
    await sleep(50);
  }
  const leftovers = (await Promise.all(pages.map((p) => p.outbox.entries()))).flat();
  const refused = leftovers.filter((e) => e.state === 'failed').length;

  // A last kill, then count what the database holds.
  await hub.kill9();
  if (integrityCheck(join(dir, 'data')) !== 'ok') corruptOpens++;
  const stored = new Set(storedTicketIds(join(dir, 'data')));
  const db = new Database(join(dir, 'data', 'tierdesk.sqlite'), { readonly: true });
  const summaries = db.prepare('SELECT summary FROM tickets').pluck().all() as string[];
  db.close();
  const duplicated = summaries.length - new Set(summaries).size;
  const expected = [...enqueued, ...acknowledged];
  const lost = expected.filter((id) => !stored.has(id)).length;

  for (const p of pages) {
    p.db.close();
    await p.db.delete().catch(() => {});
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(cli, { force: true });
  return {
    submitted: enqueued.size + acknowledged.size,
    acknowledgedDirect: acknowledged.size,
    lost,
    duplicated,
    refused,
    restarts,
    pageReloads,
    corruptOpens,
    seconds: Math.round((performance.now() - started) / 1000),
  };
}
