// The hub's PostgreSQL store on a throwaway local cluster: the top 50 of a queue of 100,000 open
// tickets (p50/p95, the same budget as SQLite's row), filtered and second pages, and intake-shaped
// transactions from 16 callers at once, as store calls in this process; then `tierdesk hub
// --database` on that data: intake over HTTP (autocannon) and the queue through its route.
// CPU is read from /proc: the hub's process and the cluster's.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { classifyTicket, defaultSlaConfig, defaultTaxonomy, priorityFor } from '../../core/index';
import { addAgent } from '../../hub/auth/addAgent';
import { createTicket } from '../../hub/domain/workflow';
import type { HubStore, HubTx, QueueFilter, TicketRecord } from '../../hub/store/hubStore';
import { createPostgresStore } from '../../hub/store/postgres/postgresStore';
import { startPostgresServer } from '../../hub/store/postgres/testing/postgresServer';
import { slaOutcome } from '../../hub/tickets/slaColumns';
import { cpuMs, startChild, stop } from '../childProcess';
import { benchDraft, config, key, origin, summaries } from '../hubBenchFixture';
import { row, type BenchSuite } from '../row';

const root = fileURLToPath(new URL('../../', import.meta.url));
// HUB_BENCH_TICKETS lowers the count for a quick look; the budget row is for 100,000.
const openTickets = Number(process.env['HUB_BENCH_TICKETS'] ?? 100_000);
const classifications = summaries.map((summary) =>
  classifyTicket({ summary, description: '', impact: 'team' }, { taxonomy: defaultTaxonomy }),
);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** CPU ms of the postmaster and every backend it runs now (/proc, ticks of 10 ms). */
function clusterCpuMs(postmaster: number): number {
  let total = cpuMs(postmaster);
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.split(') ')[1]!.split(' ')[1]) === postmaster) total += cpuMs(Number(pid));
    } catch {
      // The process ended while the list was read.
    }
  }
  return total;
}

/** A ticket as intake stores it: created at `now`, SLA columns from core's evaluation. */
function benchRecord(k: number, number: number, now: string) {
  const draft = { ...benchDraft(k), createdAt: now };
  const { ticket, event } = createTicket({
    draft,
    number: `TD-${number}`,
    appName: 'Payroll',
    classification: classifications[k % summaries.length]!,
    priority: priorityFor(draft.impact, draft.urgency),
    now,
    actor: { kind: 'reporter' },
  });
  const created = { ...event, seq: 1 };
  const record: TicketRecord = {
    ticket,
    queue: slaOutcome([created], defaultSlaConfig, now).columns,
  };
  return { record, created };
}

async function storeTicket(tx: HubTx, k: number, now: string) {
  const { record, created } = benchRecord(k, await tx.nextTicketNumber(), now);
  await tx.insertTicket(record, `seed-${record.ticket.id}`, `u-${k % 5000}`);
  await tx.appendEvents(record.ticket.id, [created]);
  return record;
}

async function timeQueue(
  store: HubStore,
  filter: QueueFilter,
  n: number,
  cursorFromFirstPage = false,
) {
  const first = await store.queue(filter, 50, null);
  const last = first.at(-1)!;
  const after = cursorFromFirstPage ? { dueSort: last.dueSort, numberSeq: last.numberSeq } : null;
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const rows = await store.queue(filter, 50, after);
    ms.push(performance.now() - start);
    if (rows.length !== 50) throw new Error(`queue gave ${rows.length} rows, not 50`);
  }
  return ms.sort((a, b) => a - b);
}

/** `tierdesk hub --database` as its own process: intake under load, then the queue route. */
async function hubOverHttp(url: string, token: string, postmaster: number) {
  const dir = mkdtempSync(join(tmpdir(), 'tierdesk-bench-hubpg-'));
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify(config));
  const hub = await startChild(root, [
    ...['bin/tierdesk.js', 'hub', '--port', '0', '--database', url, '--config', configFile],
  ]);
  try {
    let i = 0;
    const load = (seconds: number) =>
      autocannon({
        url: `${hub.url}/v1/tickets`,
        method: 'POST',
        connections: 16,
        duration: seconds,
        headers: { 'content-type': 'application/json', 'x-tierdesk-key': key, origin },
        requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(benchDraft(i++)) }) }],
      });
    await load(2); // warm-up
    const hub0 = cpuMs(hub.child.pid!);
    const pg0 = clusterCpuMs(postmaster);
    const result = await load(8);
    const answered = Math.max(1, result['2xx']);
    const hubMs = (cpuMs(hub.child.pid!) - hub0) / answered;
    const pgMs = (clusterCpuMs(postmaster) - pg0) / answered;
    const queue: number[] = [];
    for (let k = 0; k < 220; k++) {
      const start = performance.now();
      const res = await fetch(`${hub.url}/v1/queue?limit=50`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await res.json()) as { items: unknown[] };
      if (k >= 20) queue.push(performance.now() - start);
      if (res.status !== 200 || body.items.length !== 50)
        throw new Error(`queue answered ${res.status} with ${body.items.length} items`);
    }
    return {
      perSecond: result['2xx'] / result.duration,
      failed: result.non2xx + result.errors,
      p99: result.latency.p99,
      hubMs,
      pgMs,
      queue: queue.sort((a, b) => a - b),
    };
  } finally {
    await stop(hub.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

export const suite: BenchSuite = {
  name: 'hubPostgres',
  run: async () => {
    const load = loadavg()[0]!;
    const server = await startPostgresServer();
    try {
      const url = await server.createDatabase();
      const store = await createPostgresStore({ url, maxConnections: 16 });
      try {
        // 1. 100,000 open tickets: the first 5,000 through the store (ticket, created event; 4
        // transactions of 500 at a time), the rest copies of those rows made in SQL with their
        // own id, number, reporter token and due time (seeding is not what is measured).
        const t0 = performance.now();
        const base = Date.now() - openTickets;
        const throughStore = Math.min(openTickets, 5000);
        for (let i = 0; i < throughStore; i += 2000) {
          await Promise.all(
            [0, 500, 1000, 1500].map((offset) =>
              store.transaction(async (tx) => {
                const end = Math.min(throughStore, i + offset + 500);
                for (let k = i + offset; k < end; k++)
                  await storeTicket(tx, k, new Date(base + k).toISOString());
              }),
            ),
          );
        }
        const seedSeconds = (performance.now() - t0) / 1000;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        const copies = Math.ceil(openTickets / throughStore) - 1;
        for (let copy = 1; copy <= copies; copy++) {
          await admin.query(
            `INSERT INTO tickets (id, number, number_seq, app_id, app_name, category, tier,
               priority, status, is_open, assignee, reporter_name, reporter_key, summary,
               created_at, updated_at, due_sort, next_due_at, next_due_timer, sla_pct, breached,
               paused, sla_wake_at, sla_checked_at, incident_id, major_incident, needs_triage,
               reporter_token_sha256, state)
             SELECT id || '-' || $1::text, 'TD-' || n, n, app_id, app_name,
               category, tier, priority, status, is_open, assignee, reporter_name, reporter_key,
               summary, created_at, updated_at, due_sort + $1::bigint * 7919, next_due_at,
               next_due_timer, sla_pct, breached, paused, sla_wake_at, sla_checked_at,
               incident_id, major_incident, needs_triage, reporter_token_sha256 || '-' || $1::text,
               state
             FROM (SELECT *, nextval('ticket_numbers') AS n FROM tickets
                   WHERE number_seq <= $2 ORDER BY number_seq LIMIT $3) t`,
            [copy, 1000 + throughStore, Math.min(throughStore, openTickets - copy * throughStore)],
          );
        }
        // What autovacuum does on a live database; without it the planner knows no sizes yet.
        await admin.query('VACUUM ANALYZE');
        await admin.end();

        // 2. The queue, as the popup asks for it.
        await timeQueue(store, {}, 30); // warm-up
        const cpu0 = process.cpuUsage();
        const pg0 = clusterCpuMs(server.pid);
        const top = await timeQueue(store, {}, 300);
        const used = process.cpuUsage(cpu0);
        const serverMsPerQuery = (clusterCpuMs(server.pid) - pg0) / 300;
        const clientMsPerQuery = (used.user + used.system) / 1000 / 300;
        const filtered = await timeQueue(store, { tiers: ['L1'], priorities: ['P3', 'P4'] }, 200);
        const second = await timeQueue(store, {}, 200, true);

        // 3. Intake-shaped transactions: 16 callers, each looking for an earlier answer, taking
        // the app's grouping lock, numbering and storing a ticket, its event and its receipt.
        const intakes = Math.min(4000, openTickets);
        let next = openTickets;
        const cpu1 = process.cpuUsage();
        const pg1 = clusterCpuMs(server.pid);
        const t1 = performance.now();
        await Promise.all(
          Array.from({ length: 16 }, async () => {
            while (next < openTickets + intakes) {
              const k = next++;
              await store.transaction(async (tx) => {
                const now = new Date().toISOString();
                const id = benchDraft(k).id;
                if (await tx.intakeRequest(id)) return;
                await tx.recentIncidents('payroll', now);
                const record = await storeTicket(tx, k, now);
                await tx.saveIntakeRequest(
                  { ticketId: record.ticket.id, bodySha256: 'b'.repeat(64), receipt: { k } },
                  now,
                );
              });
            }
          }),
        );
        const intakeSeconds = (performance.now() - t1) / 1000;
        const intakeCpu = process.cpuUsage(cpu1);
        const intakeClientMs = (intakeCpu.user + intakeCpu.system) / 1000 / intakes;
        const intakeServerMs = (clusterCpuMs(server.pid) - pg1) / intakes;

        const { token } = await addAgent(
          store,
          { name: 'Bench Agent', role: 'lead' },
          new Date().toISOString(),
        );
        await store.close();
        const http = await hubOverHttp(url, token, server.pid);

        const n = openTickets.toLocaleString('en');
        const p95 = percentile(top, 95);
        const pair = (ms: number[]) =>
          `${percentile(ms, 50).toFixed(1)} / ${percentile(ms, 95).toFixed(1)} ms`;
        return [
          row(
            `PostgreSQL store: queue top 50 of ${n} open tickets, p50 / p95 (store call, no HTTP)`,
            pair(top),
            'p95 ≤ 20 ms',
            p95 <= 20,
          ),
          row(
            'PostgreSQL store: CPU per queue top-50 query, hub process + PostgreSQL',
            `${clientMsPerQuery.toFixed(2)} + ${serverMsPerQuery.toFixed(2)} ms`,
          ),
          row(
            'PostgreSQL store: queue top 50 filtered (tier L1, P3/P4), p50 / p95',
            pair(filtered),
          ),
          row('PostgreSQL store: queue second page (keyset cursor), p50 / p95', pair(second)),
          row(
            'PostgreSQL store: intake transactions (16 callers, lookup + app lock + ticket + event + receipt; no HTTP, no classification)',
            `${(intakes / intakeSeconds).toFixed(0)} /s wall; CPU per ticket ${intakeClientMs.toFixed(2)} ms hub + ${intakeServerMs.toFixed(2)} ms PostgreSQL`,
          ),
          row(
            `hub on PostgreSQL over HTTP: intake tickets/s (16 connections, ${n} tickets held)`,
            `${http.perSecond.toFixed(0)} /s (${http.failed} failed, p99 ${http.p99} ms); CPU per ticket ${http.hubMs.toFixed(2)} ms hub + ${http.pgMs.toFixed(2)} ms PostgreSQL`,
          ),
          row(
            `hub on PostgreSQL over HTTP: GET /v1/queue?limit=50 of ${n}, p50 / p95`,
            pair(http.queue),
          ),
          row(
            'PostgreSQL store: seeding through transactions, ticket + created event (reference)',
            `${(throughStore / seedSeconds).toFixed(0)} tickets/s`,
          ),
          row(
            'machine load average (1 min) before the PostgreSQL suite (2 cores; latencies are wall-clock)',
            load.toFixed(1),
          ),
        ];
      } finally {
        await store.close();
      }
    } finally {
      await server.stop();
    }
  },
};
