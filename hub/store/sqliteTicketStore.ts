// Tickets in SQL: the ticket JSON beside its denormalised queue columns, the append-only event
// log, numbering, intake idempotency records, and the rows the SLA clock must look at.
import type Database from 'better-sqlite3';
import type { TicketEvent } from '@tierdesk/core';
import type { IntakeRecord, TicketRecord } from './hubStore';
import { queueRowFromSql, type QueueSqlRow } from './queueRowFromSql';
import { isOpenStatus, queueRowOf } from './queueRowOf';
import { conflictOn, type SqliteOps } from './sqliteOps';
import { queryQueue, queueColumns } from './sqliteQueue';

export type TicketStore = Pick<
  SqliteOps,
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

/** The row's columns: the queue row every backend stores (queueRowOf) and the ticket's JSON. */
function ticketValues(record: TicketRecord) {
  const r = queueRowOf(record);
  return {
    id: r.id,
    number: r.number,
    number_seq: r.numberSeq,
    app_id: r.appId,
    app_name: r.appName,
    created_at: r.createdAt,
    category: r.category,
    tier: r.tier,
    priority: r.priority,
    status: r.status,
    is_open: isOpenStatus(r.status) ? 1 : 0,
    assignee: r.assignee,
    reporter_name: r.reporterName,
    summary: r.summary,
    updated_at: r.updatedAt,
    due_sort: r.dueSort,
    next_due_at: r.nextDueAt,
    next_due_timer: r.nextDueTimer,
    sla_pct: r.slaPct,
    breached: r.breached ? 1 : 0,
    paused: r.paused ? 1 : 0,
    sla_wake_at: record.queue.slaWakeAt,
    sla_checked_at: record.queue.slaCheckedAt,
    incident_id: r.incidentId,
    major_incident: r.majorIncident ? 1 : 0,
    needs_triage: r.needsTriage ? 1 : 0,
    state: JSON.stringify(record.ticket),
  };
}

export function sqliteTicketStore(db: Database.Database): TicketStore {
  const st = (sql: string) => db.prepare(sql);
  const s = {
    counterGet: st('SELECT value FROM counters WHERE name = ?').pluck(),
    counterSet: st(
      'INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    ),
    insertTicket:
      st(`INSERT INTO tickets (id, number, number_seq, app_id, app_name, category, tier, priority,
      status, is_open, assignee, reporter_name, reporter_key, summary, created_at, updated_at, due_sort,
      next_due_at, next_due_timer, sla_pct, breached, paused, sla_wake_at, sla_checked_at, incident_id,
      major_incident, needs_triage, reporter_token_sha256, state)
      VALUES (@id, @number, @number_seq, @app_id, @app_name, @category, @tier, @priority, @status, @is_open,
      @assignee, @reporter_name, @reporter_key, @summary, @created_at, @updated_at, @due_sort, @next_due_at,
      @next_due_timer, @sla_pct, @breached, @paused, @sla_wake_at, @sla_checked_at, @incident_id,
      @major_incident, @needs_triage, @reporter_token_sha256, @state)`),
    updateTicket: st(`UPDATE tickets SET app_name = @app_name, category = @category, tier = @tier,
      priority = @priority, status = @status, is_open = @is_open, assignee = @assignee,
      reporter_name = @reporter_name, summary = @summary, updated_at = @updated_at, due_sort = @due_sort,
      next_due_at = @next_due_at, next_due_timer = @next_due_timer, sla_pct = @sla_pct,
      breached = @breached, paused = @paused, sla_wake_at = @sla_wake_at, sla_checked_at = @sla_checked_at,
      incident_id = @incident_id, major_incident = @major_incident, needs_triage = @needs_triage,
      state = @state WHERE id = @id`),
    getTicket: st(
      'SELECT state, next_due_at, next_due_timer, sla_pct, breached, paused, sla_wake_at, sla_checked_at FROM tickets WHERE id = ?',
    ),
    byReporterToken: st('SELECT id FROM tickets WHERE reporter_token_sha256 = ?').pluck(),
    lastSeq: st('SELECT MAX(seq) FROM ticket_events WHERE ticket_id = ?').pluck(),
    insertEvent: st(
      'INSERT INTO ticket_events (ticket_id, seq, type, at, body) VALUES (?, ?, ?, ?, ?)',
    ),
    events: st('SELECT body FROM ticket_events WHERE ticket_id = ? ORDER BY seq').pluck(),
    queueRow: st(`SELECT ${queueColumns} FROM tickets WHERE id = ?`),
    slaDue: st(
      'SELECT id FROM tickets WHERE sla_wake_at <= ? ORDER BY sla_wake_at, id LIMIT ?',
    ).pluck(),
    nextWake: st(
      'SELECT sla_wake_at FROM tickets WHERE sla_wake_at IS NOT NULL ORDER BY sla_wake_at LIMIT 1',
    ).pluck(),
    countOpen: st('SELECT COUNT(*) FROM tickets WHERE is_open = 1').pluck(),
    intakeGet: st(
      'SELECT ticket_id, body_sha256, receipt FROM intake_requests WHERE ticket_id = ?',
    ),
    intakeSet: st(
      'INSERT INTO intake_requests (ticket_id, body_sha256, receipt, created_at) VALUES (?, ?, ?, ?)',
    ),
  };
  return {
    nextTicketNumber() {
      const next = ((s.counterGet.get('ticket_number') as number | undefined) ?? 1000) + 1;
      s.counterSet.run('ticket_number', next);
      return next;
    },
    insertTicket(record, reporterTokenSha256, reporterKey) {
      const values = ticketValues(record);
      conflictOn('ticket', record.ticket.id, () =>
        s.insertTicket.run({
          ...values,
          reporter_key: reporterKey,
          reporter_token_sha256: reporterTokenSha256,
        }),
      );
    },
    updateTicket(record) {
      if (s.updateTicket.run(ticketValues(record)).changes !== 1)
        throw new Error(`no ticket ${record.ticket.id} to update`);
    },
    getTicket(id) {
      const row = s.getTicket.get(id) as Record<string, unknown> | undefined;
      if (!row) return null;
      return {
        ticket: JSON.parse(String(row['state'])),
        queue: {
          nextDueAt: (row['next_due_at'] as string | null) ?? null,
          nextDueTimer: (row['next_due_timer'] as string | null) ?? null,
          slaPct: (row['sla_pct'] as number | null) ?? null,
          breached: row['breached'] === 1,
          paused: row['paused'] === 1,
          slaWakeAt: (row['sla_wake_at'] as number | null) ?? null,
          slaCheckedAt: String(row['sla_checked_at']),
        },
      };
    },
    ticketIdByReporterToken: (hash) => (s.byReporterToken.get(hash) as string | undefined) ?? null,
    appendEvents(ticketId, events) {
      // A log starting at 1 needs no look-up: UNIQUE (ticket_id, seq) refuses it if one exists.
      let last = events[0]?.seq === 1 ? 0 : ((s.lastSeq.get(ticketId) as number | null) ?? 0);
      for (const e of events) {
        if (e.seq !== last + 1)
          throw new Error(`event seq ${e.seq} does not follow ${last} for ${ticketId}`);
        s.insertEvent.run(ticketId, e.seq, e.type, e.at, JSON.stringify(e));
        last = e.seq;
      }
    },
    events: (ticketId) =>
      (s.events.all(ticketId) as string[]).map((b) => JSON.parse(b) as TicketEvent),
    queue: (filter, limit, after) => queryQueue(db, filter, limit, after),
    queueRow(id) {
      const row = s.queueRow.get(id) as QueueSqlRow | undefined;
      return row ? queueRowFromSql(row) : null;
    },
    queueRowsByIds(ids) {
      if (ids.length === 0) return [];
      const rows = db
        .prepare(
          `SELECT ${queueColumns} FROM tickets WHERE id IN (${ids.map(() => '?').join(',')})`,
        )
        .all(...ids) as QueueSqlRow[];
      const byId = new Map(rows.map((r) => [r.id, queueRowFromSql(r)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    slaDue: (nowMs, limit) => s.slaDue.all(nowMs, limit) as string[],
    nextSlaWake: () => (s.nextWake.get() as number | null) ?? null,
    countOpen: () => s.countOpen.get() as number,
    intakeRequest(ticketId) {
      const row = s.intakeGet.get(ticketId) as
        { ticket_id: string; body_sha256: string; receipt: string } | undefined;
      return row
        ? { ticketId: row.ticket_id, bodySha256: row.body_sha256, receipt: JSON.parse(row.receipt) }
        : null;
    },
    saveIntakeRequest(record: IntakeRecord, at) {
      conflictOn('intake', record.ticketId, () =>
        s.intakeSet.run(record.ticketId, record.bodySha256, JSON.stringify(record.receipt), at),
      );
    },
  };
}
