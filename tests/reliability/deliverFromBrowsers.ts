// Delivery under faults from the real senders: widget pages in Chromium filing through the built
// widget's dialog and IndexedDB outbox, and the built extension's background outbox, while the
// hub process is killed with SIGKILL and restarted at random, pages reload mid-send and the
// extension's service worker is stopped mid-send. Counted against the hub's SQLite file: every
// ticket a sender was promised (a receipt or "saved, will be sent") stored exactly once, nothing
// stored twice, nothing left in any outbox. Used by the test (small) and the soak (500 tickets).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { runExtensionSender } from './extensionSender';
import { startFaultWorld, type FaultWorld } from './faultWorld';
import { integrityCheck } from './hubProcess';
import { readExtensionOutbox, readWidgetOutbox, type OutboxLeft } from './outboxLeft';
import { seededRandom } from '@tierdesk/core/classify/text/seededRandom';
import { SenderLog } from './senderLog';
import { runWidgetSender } from './widgetSender';

export interface SenderFigures {
  tickets: number;
  /** Answered with a receipt or "saved, will be sent": these must arrive exactly once. */
  promised: number;
  /** Cut off by a reload or a stopped worker before answering; delivered or never saved. */
  interrupted: number;
  interruptedDelivered: number;
  refused: number;
  reloads: number;
  lost: number;
  /** Promised, not in the hub yet, still waiting in the outbox when the drain ended. */
  undelivered: number;
  duplicated: number;
  /** Entries still in this sender's outbox after the drain (should be 0), and why they wait. */
  leftInOutbox: number;
  left: OutboxLeft;
}

export interface BrowserDeliveryReport {
  widget: SenderFigures;
  extension: SenderFigures & { workerStops: number };
  submitted: number;
  lost: number;
  undelivered: number;
  duplicated: number;
  /** Rows in the hub no sender filed (should be 0). */
  strangers: number;
  restarts: number;
  corruptOpens: number;
  /** Seconds from the end of the chaos until each sender's outbox was empty (-1: never). */
  drainSeconds: { widget: number; extension: number };
  extensionSetup: string;
  problems: string[];
  seconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function storedSummaries(dataDir: string): string[] {
  const db = new Database(join(dataDir, 'tierdesk.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT summary FROM tickets').pluck().all() as string[];
  } finally {
    db.close();
  }
}

function figures(log: SenderLog, stored: Map<string, number>, left: OutboxLeft): SenderFigures {
  const promised = log.promised();
  const waiting = new Set(left.summaries ?? []);
  const interrupted = [...log.outcomes].filter(([, o]) => o === 'interrupted').map(([s]) => s);
  return {
    tickets: log.outcomes.size,
    promised: promised.length,
    interrupted: interrupted.length,
    interruptedDelivered: interrupted.filter((s) => stored.has(s)).length,
    refused: log.count('refused'),
    reloads: log.reloads,
    // Lost: promised, not in the hub and not waiting in an outbox either (gone for good).
    lost: promised.filter((s) => !stored.has(s) && !waiting.has(s)).length,
    undelivered: promised.filter((s) => !stored.has(s) && waiting.has(s)).length,
    duplicated: [...log.outcomes.keys()].filter((s) => (stored.get(s) ?? 0) > 1).length,
    leftInOutbox: left.entries,
    left: { entries: left.entries, maxAttempts: left.maxAttempts, nextTryInSec: left.nextTryInSec },
  };
}

export async function deliverFromBrowsers(options: {
  widgetTickets: number;
  extensionTickets: number;
  /** Kill -9 restarts at least this many; kills go on at random while senders run. */
  restarts: number;
  widgetPages?: number;
  seed?: number;
  drainTimeoutMs?: number;
  /** Chance that a widget submit is cut by a page reload (0.2 by default). */
  widgetReloadChance?: number;
  /** Mean pause between a sender's tickets (widget, extension); none by default. */
  paceMs?: { widget: number; extension: number };
}): Promise<BrowserDeliveryReport> {
  const started = performance.now();
  const random = seededRandom(options.seed ?? 11);
  const world: FaultWorld = await startFaultWorld();
  try {
    const widgetLog = new SenderLog();
    const extensionLog = new SenderLog();
    let workerStops = 0;
    const pageCount = options.widgetPages ?? 3;
    const perPage = Math.ceil(options.widgetTickets / pageCount);
    const senders: Promise<Page>[] = [];
    for (let k = 0; k < pageCount; k++) {
      const tickets = Math.min(perPage, options.widgetTickets - k * perPage);
      senders.push(
        runWidgetSender({
          context: world.ext.context,
          appUrl: world.appUrl,
          name: `widget page ${k}`,
          tickets,
          reloadChance: options.widgetReloadChance ?? 0.2,
          random,
          log: widgetLog,
          ...(options.paceMs ? { paceMs: options.paceMs.widget } : {}),
        }),
      );
    }
    senders.push(
      runExtensionSender({
        context: world.ext.context,
        origin: world.ext.origin,
        name: 'extension',
        tickets: options.extensionTickets,
        reloadChance: 0.15,
        stopWorkerChance: 0.1,
        random,
        log: extensionLog,
        onWorkerStopped: () => workerStops++,
        ...(options.paceMs ? { paceMs: options.paceMs.extension } : {}),
      }),
    );
    let sending = true;
    const all = Promise.all(senders).finally(() => (sending = false));

    // Chaos: `restarts` kill -9s at random moments spread over the sending (the gap is paced by
    // the senders' progress so far). Kills packed too tightly would keep the hub down most of the
    // time, and the outboxes' backoff (up to 5 min, by design) would outlast any run.
    let restarts = 0;
    let corruptOpens = 0;
    const total = options.widgetTickets + options.extensionTickets;
    const sendStarted = performance.now();
    while (restarts < options.restarts) {
      const done = widgetLog.outcomes.size + extensionLog.outcomes.size;
      const elapsed = performance.now() - sendStarted;
      const left = sending && done > 0 ? (elapsed * (total - done)) / done : 3_000;
      const gap = Math.min(30_000, Math.max(1_500, left / (options.restarts - restarts)));
      await sleep(gap * (0.5 + random()));
      await world.hub.kill9();
      if (integrityCheck(world.dataDir) !== 'ok') corruptOpens++;
      await sleep(random() * 300);
      await world.hub.start();
      restarts++;
    }
    const pages = await all;
    const chaosEnded = performance.now();

    // Drain: the hub stays up; the senders' own retry timers and alarms must empty the outboxes.
    const widgetPage = pages[0]!;
    const extensionPage = pages[pages.length - 1]!;
    const unknown: OutboxLeft = { entries: -1, maxAttempts: -1, nextTryInSec: null };
    let widgetLeft = unknown;
    let extensionLeft = unknown;
    const drained = { widget: -1, extension: -1 };
    const since = () => Math.round((performance.now() - chaosEnded) / 1000);
    const deadline = chaosEnded + (options.drainTimeoutMs ?? 90_000);
    while (performance.now() < deadline) {
      widgetLeft = await readWidgetOutbox(widgetPage).catch(() => unknown);
      extensionLeft = await readExtensionOutbox(extensionPage).catch(() => unknown);
      if (widgetLeft.entries === 0 && drained.widget < 0) drained.widget = since();
      if (extensionLeft.entries === 0 && drained.extension < 0) drained.extension = since();
      if (widgetLeft.entries === 0 && extensionLeft.entries === 0) break;
      await sleep(500);
    }

    // A last kill, then count what the database holds.
    await world.hub.kill9();
    if (integrityCheck(world.dataDir) !== 'ok') corruptOpens++;
    const rows = storedSummaries(world.dataDir);
    const stored = new Map<string, number>();
    for (const s of rows) stored.set(s, (stored.get(s) ?? 0) + 1);
    const widget = figures(widgetLog, stored, widgetLeft);
    const extension = { ...figures(extensionLog, stored, extensionLeft), workerStops };
    const filed = new Set([...widgetLog.outcomes.keys(), ...extensionLog.outcomes.keys()]);
    return {
      widget,
      extension,
      submitted: widget.tickets + extension.tickets,
      lost: widget.lost + extension.lost,
      undelivered: widget.undelivered + extension.undelivered,
      duplicated: rows.length - stored.size,
      strangers: [...stored.keys()].filter((s) => !filed.has(s)).length,
      restarts,
      corruptOpens,
      drainSeconds: drained,
      extensionSetup: world.setupStatus,
      problems: [...widgetLog.problems, ...extensionLog.problems].slice(0, 10),
      seconds: Math.round((performance.now() - started) / 1000),
    };
  } finally {
    await world.close();
  }
}
