// Tickets in PostgreSQL: the ticket JSON beside its queue columns, the append-only event log,
// numbering from a sequence, intake idempotency records, and the rows the SLA clock must look at.
import type { TicketEvent } from '@tierdesk/core';
import type { HubTx, TicketRecord } from '../hubStore';
import { isOpenStatus, queueRowOf } from '../queueRowOf';
import { conflictOn, type PgDb } from './pgDb';
import { queueRowFromSql, type QueueSqlRow } from '../queueRowFromSql';
import { queryQueue, queueColumns } from './pgQueue';

export type PgTicketStore = Pick<
  HubTx,
  | 'nextTicketNumber'
  | 'insertTicket'
  | 'updateTicket'
  | 'getTicket'
  | 'ticketIdByReporterToken'
  | 'appendEvents'
  | 'events'
  | 'queue'
  | 'queueRow'
  | 'queueRowsByIds'
  | 'slaDue'
  | 'nextSlaWake'
  | 'countOpen'
  | 'intakeRequest'
  | 'saveIntakeRequest'
>;

/** The columns a ticket write sets, in `ticketColumns` order ($1 …), from its queue row. */
const ticketColumns = `id, number, number_seq, app_id, app_name, category, tier, priority, status,
  is_open, assignee, reporter_name, summary, created_at, updated_at, due_sort, next_due_at,
  next_due_timer, sla_pct, breached, paused, sla_wake_at, sla_checked_at, incident_id,
  major_incident, needs_triage, state`;

function ticketValues(record: TicketRecord): unknown[] {
  const r = queueRowOf(record);
  return [
    ...[r.id, r.number, r.numberSeq, r.appId, r.appName, r.category, r.tier],
    ...[r.priority, r.status, isOpenStatus(r.status), r.assignee, r.reporterName],
    ...[r.summary, r.createdAt, r.updatedAt, r.dueSort, r.nextDueAt, r.nextDueTimer],
    ...[r.slaPct, r.breached, r.paused, record.queue.slaWakeAt, record.queue.slaCheckedAt],
    ...[r.incidentId, r.majorIncident, r.needsTriage, JSON.stringify(record.ticket)],
  ];
}

const placeholders = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');
const insertTicketSql = `INSERT INTO tickets (${ticketColumns}, reporter_key, reporter_token_sha256)
  VALUES (${placeholders(1, 29)})`;
// id, number and the reporter never change: every other column is rewritten.
const updateTicketSql = `UPDATE tickets SET (${ticketColumns.replace('id, number, ', '')}) =
  (${placeholders(2, 25)}) WHERE id = $1`;

type TicketPgRow = {
  state: TicketRecord['ticket'];
  next_due_at: string | null;
  next_due_timer: string | null;
  sla_pct: number | null;
  breached: boolean;
  paused: boolean;
  sla_wake_at: string | number | null;
  sla_checked_at: string;
};

export function pgTicketStore(db: PgDb): PgTicketStore {
  // Inside a transaction the ticket stays locked until the commit: read-modify-write is safe.
  const lock = db.inTransaction ? ' FOR UPDATE' : '';
  return {
    async nextTicketNumber() {
      const { rows } = await db.query<{ n: string }>("SELECT nextval('ticket_numbers') AS n");
      return Number(rows[0]!.n);
    },
    async insertTicket(record, reporterTokenSha256, reporterKey) {
      const values = [...ticketValues(record), reporterKey, reporterTokenSha256];
      await conflictOn('ticket', record.ticket.id, db.query(insertTicketSql, values));
    },
    async updateTicket(record) {
      const [id, , ...rest] = ticketValues(record);
      const { rowCount } = await db.query(updateTicketSql, [id, ...rest]);
      if (rowCount !== 1) throw new Error(`ticket ${record.ticket.id} does not exist`);
    },
    async getTicket(id) {
      const { rows } = await db.query<TicketPgRow>(
        `SELECT state, next_due_at, next_due_timer, sla_pct, breached, paused, sla_wake_at,
         sla_checked_at FROM tickets WHERE id = $1${lock}`,
        [id],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        ticket: row.state,
        queue: {
          nextDueAt: row.next_due_at,
          nextDueTimer: row.next_due_timer,
          slaPct: row.sla_pct,
          breached: row.breached,
          paused: row.paused,
          slaWakeAt: row.sla_wake_at === null ? null : Number(row.sla_wake_at),
          slaCheckedAt: row.sla_checked_at,
        },
      };
    },
    async ticketIdByReporterToken(hash) {
      const { rows } = await db.query<{ id: string }>(
        'SELECT id FROM tickets WHERE reporter_token_sha256 = $1',
        [hash],
      );
      return rows[0]?.id ?? null;
    },
    async appendEvents(ticketId, events) {
      if (events.length === 0) return;
      // A log starting at 1 needs no look-up: the primary key refuses it if one exists.
      let last = 0;
      if (events[0]!.seq !== 1) {
        const { rows } = await db.query<{ last: number | null }>(
          'SELECT MAX(seq) AS last FROM ticket_events WHERE ticket_id = $1',
          [ticketId],
        );
        last = rows[0]?.last ?? 0;
      }
      const values: unknown[] = [ticketId];
      const tuples: string[] = [];
      for (const e of events) {
        if (e.seq !== last + 1)
          throw new Error(`event seq ${e.seq} does not follow ${last} for ${ticketId}`);
        last = e.seq;
        const n = values.push(e.seq, e.type, e.at, JSON.stringify(e));
        tuples.push(`($1, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`);
      }
      await db.query(
        `INSERT INTO ticket_events (ticket_id, seq, type, at, body) VALUES ${tuples.join(', ')}`,
        values,
      );
    },
    async events(ticketId) {
      const { rows } = await db.query<{ body: TicketEvent }>(
        'SELECT body FROM ticket_events WHERE ticket_id = $1 ORDER BY seq',
        [ticketId],
      );
      return rows.map((r) => r.body);
    },
    queue: (filter, limit, after) => queryQueue(db, filter, limit, after),
    async queueRow(id) {
      const { rows } = await db.query<QueueSqlRow>(
        `SELECT ${queueColumns} FROM tickets WHERE id = $1`,
        [id],
      );
      return rows[0] ? queueRowFromSql(rows[0]) : null;
    },
    async queueRowsByIds(ids) {
      if (ids.length === 0) return [];
      const { rows } = await db.query<QueueSqlRow>(
        `SELECT ${queueColumns} FROM tickets WHERE id = ANY($1::text[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, queueRowFromSql(r)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    async slaDue(nowMs, limit) {
      const { rows } = await db.query<{ id: string }>(
        'SELECT id FROM tickets WHERE sla_wake_at <= $1 ORDER BY sla_wake_at, id LIMIT $2',
        [nowMs, limit],
      );
      return rows.map((r) => r.id);
    },
    async nextSlaWake() {
      const { rows } = await db.query<{ at: string | null }>(
        'SELECT MIN(sla_wake_at) AS at FROM tickets',
      );
      const at = rows[0]?.at;
      return at === null || at === undefined ? null : Number(at);
    },
    async countOpen() {
      const { rows } = await db.query<{ n: number }>(
        'SELECT COUNT(*)::int AS n FROM tickets WHERE is_open',
      );
      return rows[0]!.n;
    },
    async intakeRequest(ticketId) {
      const { rows } = await db.query<{ body_sha256: string; receipt: unknown }>(
        'SELECT body_sha256, receipt FROM intake_requests WHERE ticket_id = $1',
        [ticketId],
      );
      const row = rows[0];
      return row ? { ticketId, bodySha256: row.body_sha256, receipt: row.receipt } : null;
    },
    async saveIntakeRequest(record, at) {
      await conflictOn(
        'intake',
        record.ticketId,
        db.query(
          'INSERT INTO intake_requests (ticket_id, body_sha256, receipt, created_at) VALUES ($1, $2, $3, $4)',
          [record.ticketId, record.bodySha256, JSON.stringify(record.receipt), at],
        ),
      );
    },
  };
}
