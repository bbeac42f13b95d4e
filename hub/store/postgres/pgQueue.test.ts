// The queue statement on PostgreSQL: its plan reads the page in order from an index.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { QueueCursor, QueueFilter } from '../hubStore';
import { migratePostgres } from './migratePostgres';
import { pgDb } from './pgDb';
import { queryQueue, queueQuery } from './pgQueue';
import { postgresForTests } from './testing/postgresForTests';

const postgres = postgresForTests();

type PlanNode = { 'Node Type': string; 'Index Name'?: string; Plans?: PlanNode[] };

describe('queueQuery', () => {
  it('reads the queue page of many open tickets in order from an index, checking filters there', async () => {
    const url = await postgres.database();
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    await migratePostgres(pool);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO tickets (id, number, number_seq, app_id, app_name, category,
        tier, priority, status, is_open, summary, created_at, updated_at, due_sort, breached,
        paused, sla_checked_at, major_incident, needs_triage, reporter_token_sha256, state)
        SELECT 't' || n, 'TD-' || n, n, 'payroll', 'Payroll', 'how_to', 'L' || (1 + n % 3),
          'P' || (1 + n % 5), CASE WHEN n % 4 = 0 THEN 'closed' ELSE 'new' END, n % 4 <> 0, 'S',
          '', '', 1e12 + (n * 7919) % 100000, false, false, '', false, false, 'h' || n, '{}'
        FROM generate_series(1, 20000) n`);
      await client.query('VACUUM ANALYZE tickets');
      /** The node under the page's LIMIT: where the ordered ids come from. */
      const source = async (filter: QueueFilter, after: QueueCursor | null = null) => {
        const { text, values } = queueQuery(filter, 50, after);
        const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${text}`, values);
        const find = (node: PlanNode): PlanNode | undefined =>
          node['Node Type'] === 'Limit'
            ? node.Plans![0]
            : (node.Plans ?? []).map(find).find((n) => n !== undefined);
        return find(rows[0]['QUERY PLAN'][0].Plan);
      };
      const fromIndex = { 'Node Type': 'Index Only Scan', 'Index Name': 'tickets_queue' };
      expect(await source({})).toMatchObject(fromIndex);
      expect(await source({}, { dueSort: 1e12 + 500, numberSeq: 10 })).toMatchObject(fromIndex);
      expect(await source({ tiers: ['L2'], priorities: ['P1', 'P3'] })).toMatchObject({
        'Node Type': 'Index Only Scan',
        'Index Name': expect.stringMatching(/^tickets_queue/),
      });
      expect(await source({ assignee: 'ada' })).toMatchObject({
        'Node Type': 'Index Only Scan',
        'Index Name': 'tickets_queue_assignee',
      });
    } finally {
      await client.end();
    }
    const page = await queryQueue(pgDb(pool, false), {}, 50, null);
    await pool.end();
    expect(page).toHaveLength(50);
    const keys = page.map((r) => [r.dueSort, r.numberSeq] as const);
    expect([...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1])).toEqual(keys);
  });
});
