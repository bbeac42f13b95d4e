// Hub figures: intake throughput (autocannon, side by side with a bare Hono route in the same
// run: wall tickets/s and the CPU each request cost the server), how much of that CPU is core's
// classification and SLA evaluation, the top 50 of a queue of 100,000 open tickets (p50/p95),
// and the hub's RSS holding those 100,000 tickets under intake load. The hub runs as
// `tierdesk hub` in its own process.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import {
  classifyTicket,
  createTicket,
  defaultSlaConfig,
  evaluateTicketSla,
  nextSlaWakeUp,
  priorityFor,
  type TicketEvent,
} from '../../core/index';
import { sha256Hex } from '../../hub/auth/tokens';
import { recordTicketChange } from '../../hub/tickets/recordTicketChange';
import { addAgent } from '../../hub/auth/addAgent';
import { intakeTicket } from '../../hub/intake/intakeTicket';
import { silentLogger } from '../../hub/log/logger';
import { createHubApp } from '../../hub/server';
import { startHub, type RunningHub } from '../../hub/startHub';
import { row, type BenchRow, type BenchSuite } from '../row';
import { cpuMs, rssMb, startChild, stop } from '../childProcess';
import { benchDraft, config, key, origin, summaries } from '../hubBenchFixture';

const root = fileURLToPath(new URL('../../', import.meta.url));
// HUB_BENCH_TICKETS lowers the count for a quick look; the budget row is for 100,000.
const openTickets = Number(process.env['HUB_BENCH_TICKETS'] ?? 100_000);

/**
 * Loaded into the hub (`--import`): every 50 ms it reads its own memory and keeps the split at
 * its highest RSS (V8 heap by space, buffers outside it, file-backed pages: code and mapped
 * files), written to `TIERDESK_BENCH_MEMORY` when the hub exits. No effect on what it measures
 * but one timer; the budget figure is still read from /proc by this process.
 */
const memorySplit = `data:text/javascript,${encodeURIComponent(`
import { writeFileSync, readFileSync } from 'node:fs';
import v8 from 'node:v8';
let top = { rss: 0 };
setInterval(() => {
  const m = process.memoryUsage();
  if (m.rss <= top.rss) return;
  const space = (name) => v8.getHeapSpaceStatistics().find((s) => s.space_name === name)?.physical_space_size ?? 0;
  const file = /RssFile:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0;
  top = { rss: m.rss, heap: v8.getHeapStatistics().total_physical_size, heapUsed: m.heapUsed,
    young: space('new_space'), old: space('old_space'), external: m.external, file: Number(file) * 1024 };
}, 50).unref();
process.on('exit', () => writeFileSync(process.env.TIERDESK_BENCH_MEMORY, JSON.stringify(top)));
`)}`;

interface MemorySplit {
  rss: number;
  heap: number;
  heapUsed: number;
  young: number;
  old: number;
  external: number;
  file: number;
}

/** `172 MB = V8 heap 80 (young 32, old 42; 48 in use) + buffers 14 + code and files 53 + …`. */
function describeSplit(m: MemorySplit): string {
  const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
  const native = m.rss - m.heap - m.external - m.file;
  return (
    `at the hub's own peak ${mb(m.rss)} MB = V8 heap ${mb(m.heap)} (young ${mb(m.young)}, ` +
    `old ${mb(m.old)}; ${mb(m.heapUsed)} in use) + buffers ${mb(m.external)} + code and ` +
    `mapped files ${mb(m.file)} + other native ${mb(native)} (SQLite cache, malloc)`
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const bareServer = `
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const app = new Hono();
app.post('/v1/tickets', async (c) => { const body = await c.req.json(); return c.json({ id: body.id, number: 'TD-1' }, 201); });
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log('listening on http://127.0.0.1:' + info.port));
`;

async function intakeLoad(url: string, seconds: number, onTick?: () => void) {
  let i = 0;
  const ticker = onTick ? setInterval(onTick, 200) : null;
  const result = await autocannon({
    url: `${url}/v1/tickets`,
    method: 'POST',
    connections: 16,
    duration: seconds,
    headers: { 'content-type': 'application/json', 'x-tierdesk-key': key, origin },
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(benchDraft(i++)) }) }],
  });
  if (ticker) clearInterval(ticker);
  return {
    answered: result['2xx'],
    perSecond: result['2xx'] / result.duration,
    failed: result.non2xx + result.errors,
    p99: result.latency.p99,
  };
}

/** Load on a child, with the CPU it spent per answered request (robust to a busy machine). */
async function measuredLoad(
  child: ChildProcess,
  url: string,
  seconds: number,
  onTick?: () => void,
) {
  const before = cpuMs(child.pid!);
  const result = await intakeLoad(url, seconds, onTick);
  const cpuPerRequest = (cpuMs(child.pid!) - before) / Math.max(1, result.answered);
  return { ...result, cpuPerRequest };
}

/**
 * CPU µs per ticket of the core work intake does for each ticket: classification, and the SLA
 * evaluation of its first event (what the hub calls; measured here, in this process).
 */
function coreCostPerTicket(
  taxonomy: NonNullable<Parameters<typeof classifyTicket>[1]>['taxonomy'],
) {
  const n = 4000;
  const drafts = Array.from({ length: n }, (_, i) => benchDraft(i));
  const now = new Date().toISOString();
  const created = drafts.map((draft) => {
    const classification = classifyTicket(draft, { taxonomy });
    const { event } = createTicket({
      draft,
      number: 'TD-1',
      appName: 'Payroll',
      classification,
      priority: priorityFor(draft.impact, draft.urgency),
      now,
      actor: { kind: 'reporter' },
    });
    return [{ ...event, seq: 1 } as TicketEvent];
  });
  const cpuUs = (fn: (i: number) => unknown) => {
    for (let i = 0; i < 500; i++) fn(i); // warm-up
    const start = process.cpuUsage();
    for (let i = 0; i < n; i++) fn(i);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / n;
  };
  return {
    classifyUs: cpuUs((i) => classifyTicket(drafts[i]!, { taxonomy })),
    slaUs: cpuUs((i) => nextSlaWakeUp(evaluateTicketSla(created[i]!, defaultSlaConfig, now), now)),
  };
}

/**
 * CPU ms per intake through the hub's own routes in this process (app.fetch, 16 in flight, no
 * sockets): the pipeline's cost without the HTTP server, and without what a slow load generator
 * leaves unamortised per event-loop turn on a busy machine.
 */
async function pipelineCpuPerTicket(hub: RunningHub, dir: string, n = 3000): Promise<number> {
  const app = createHubApp(hub.context, { widgetDir: dir, logRequests: false });
  const env = { incoming: { socket: { remoteAddress: '127.0.0.1', remoteFamily: 'IPv4' } } };
  let next = 0;
  const intake = async () => {
    const body = JSON.stringify(benchDraft(next++));
    const res = await app.fetch(
      new Request('http://hub/v1/tickets', {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'x-tierdesk-key': key,
          origin,
        },
      }),
      env,
    );
    if (res.status !== 201) throw new Error(`in-process intake answered ${res.status}`);
    await res.arrayBuffer();
  };
  const run = async (count: number) => {
    let left = count;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (left-- > 0) await intake();
      }),
    );
  };
  await run(300); // warm-up
  const start = process.cpuUsage();
  await run(n);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / n;
}

export const suite: BenchSuite = {
  name: 'hub',
  run: async () => {
    const rows: BenchRow[] = [];
    const loadBefore = loadavg()[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'tierdesk-bench-hub-'));
    const configFile = join(dir, 'config.json');
    writeFileSync(configFile, JSON.stringify(config));
    try {
      // 1. A bare Hono route: the ceiling of this stack on this machine.
      const bare = await startChild(root, ['--input-type=module', '-e', bareServer]);
      const bareRun = await measuredLoad(bare.child, bare.url, 5);
      await stop(bare.child);

      // 2. 100,000 open tickets, written straight through the store (the same rows intake writes,
      // without classifying each one: seeding is not what is measured).
      const dataDir = join(dir, 'data');
      const seeding = await startHub({ port: 0, dataDir, config, log: silentLogger });
      const { token } = await addAgent(
        seeding.store,
        { name: 'Bench Agent', role: 'lead' },
        new Date().toISOString(),
      );
      const app = seeding.context.config.apps[0]!;
      const ctx = seeding.context;
      const classifications = summaries.map((summary) =>
        classifyTicket(
          { summary, description: '', impact: 'team' },
          { taxonomy: ctx.config.taxonomy },
        ),
      );
      // A few through real intake, so the data folder also holds receipts and incidents.
      for (let i = 0; i < 50; i++)
        await intakeTicket(ctx, benchDraft(i), app, { kind: 'reporter' });
      const t0 = performance.now();
      for (let i = 0; i < openTickets; i += 1000) {
        await ctx.store.transaction(async (tx) => {
          for (let k = i; k < Math.min(openTickets, i + 1000); k++) {
            const draft = benchDraft(k);
            const now = new Date(Date.now() - (openTickets - k)).toISOString();
            const { ticket, event } = createTicket({
              draft,
              number: `TD-${await tx.nextTicketNumber()}`,
              appName: app.name,
              classification: classifications[k % summaries.length]!,
              priority: priorityFor(draft.impact, draft.urgency),
              now,
              actor: { kind: 'reporter' },
            });
            await recordTicketChange(ctx, tx, ticket, [event], now, {
              insert: { reporterTokenSha256: sha256Hex(`seed-${draft.id}`), reporterKey: null },
            });
          }
        });
      }
      const seedSeconds = (performance.now() - t0) / 1000;
      const pipelineMs = await pipelineCpuPerTicket(seeding, dir);
      await seeding.close();

      // 3. `tierdesk hub` on that data: the queue, then intake under load while RSS is sampled.
      const memoryFile = join(dir, 'memory.json');
      const hub = await startChild(
        root,
        [
          '--import',
          memorySplit,
          'bin/tierdesk.js',
          'hub',
          '--port',
          '0',
          '--data',
          dataDir,
          '--config',
          configFile,
        ],
        { TIERDESK_BENCH_MEMORY: memoryFile },
      );
      const headers = { authorization: `Bearer ${token}` };
      const times = async (path: string, n: number) => {
        const ms: number[] = [];
        for (let i = 0; i < n; i++) {
          const s = performance.now();
          const res = await fetch(hub.url + path, { headers });
          const body = (await res.json()) as { items: unknown[] };
          ms.push(performance.now() - s);
          if (res.status !== 200 || body.items.length !== 50)
            throw new Error(`queue answered ${res.status} with ${body.items.length} items`);
        }
        return ms.sort((a, b) => a - b);
      };
      await times('/v1/queue?limit=50', 20); // warm-up
      const top = await times('/v1/queue?limit=50', 300);
      const tier = await times('/v1/queue?limit=50&tier=L1&priority=P3,P4', 200);
      let peakRss = rssMb(hub.child.pid!);
      const load = await measuredLoad(
        hub.child,
        hub.url,
        10,
        () => (peakRss = Math.max(peakRss, rssMb(hub.child.pid!))),
      );
      peakRss = Math.max(peakRss, rssMb(hub.child.pid!));
      await stop(hub.child);
      const split = JSON.parse(readFileSync(memoryFile, 'utf8')) as MemorySplit;
      const core = coreCostPerTicket(ctx.config.taxonomy);
      const coreMs = (core.classifyUs + core.slaUs) / 1000;

      const p95 = percentile(top, 95);
      rows.push(
        row(
          `hub intake, tickets/s (SQLite, no attachment, 16 connections, ${openTickets.toLocaleString('en')} tickets held)`,
          `${load.perSecond.toFixed(0)} /s (${load.failed} failed, p99 ${load.p99} ms)`,
          '≥ 1,000 /s',
          load.perSecond >= 1000 && load.failed === 0,
        ),
        row(
          'hub intake vs a bare Hono route in the same run: wall /s · server CPU per request (process CPU time ÷ requests)',
          `hub ${load.perSecond.toFixed(0)} /s · ${load.cpuPerRequest.toFixed(2)} ms (${(1000 / load.cpuPerRequest).toFixed(0)} /s per core); ` +
            `bare ${bareRun.perSecond.toFixed(0)} /s · ${bareRun.cpuPerRequest.toFixed(2)} ms; ` +
            `hub ÷ bare ${((load.perSecond / bareRun.perSecond) * 100).toFixed(0)} % of the rate`,
        ),
        row(
          'hub intake pipeline in-process (routes, checks, store; no sockets): CPU per ticket',
          `${pipelineMs.toFixed(2)} ms → ${(1000 / pipelineMs).toFixed(0)} tickets/s per core`,
        ),
        row(
          "of the hub's CPU per intake: core classification + SLA evaluation (CPU µs per ticket, measured alone)",
          `${core.classifyUs.toFixed(0)} + ${core.slaUs.toFixed(0)} µs = ${((coreMs / load.cpuPerRequest) * 100).toFixed(0)} % of it over HTTP, ${((coreMs / pipelineMs) * 100).toFixed(0)} % in-process`,
        ),
        row(
          `queue top 50 of ${openTickets.toLocaleString('en')} open tickets, p50 / p95`,
          `${percentile(top, 50).toFixed(1)} / ${p95.toFixed(1)} ms`,
          'p95 ≤ 20 ms',
          p95 <= 20,
        ),
        row(
          'queue top 50 filtered (tier=L1, priority=P3,P4), p50 / p95',
          `${percentile(tier, 50).toFixed(1)} / ${percentile(tier, 95).toFixed(1)} ms`,
        ),
        row(
          `hub RSS holding ${openTickets.toLocaleString('en')} tickets under intake load (peak)`,
          `${peakRss.toFixed(0)} MB (${describeSplit(split)})`,
          '≤ 250 MB',
          peakRss <= 250,
        ),
        row(
          'seeding straight into the store (reference)',
          `${(openTickets / seedSeconds).toFixed(0)} tickets/s`,
        ),
        row(
          'machine load average (1 min) before / after the hub suite (2 cores; figures above are wall-clock)',
          `${loadBefore.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}`,
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
