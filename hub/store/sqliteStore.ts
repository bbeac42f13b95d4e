// SQLite implementation of HubStore (better-sqlite3, WAL): migrations at open, prepared
// statements, the queue as one index range scan on (is_open, due_sort, number_seq).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AttachmentMeta, KnownIssue, Role, TicketEvent } from '@tierdesk/core';
import type {
  AgentListing,
  AgentRecord,
  HubStats,
  HubStore,
  IncidentRecord,
  IntakeRecord,
  QueueCursor,
  QueueFilter,
  QueueRow,
  StoredAttachment,
  TicketRecord,
} from './hubStore';
import { migrations } from './migrations';
import { queueRowFromSql, type QueueSqlRow } from './queueRowFromSql';

/** The sort value of "no due time": after every real instant. */
export const noDueSort = 9e15;
const openStatuses = ['new', 'triaged', 'in_progress', 'waiting_on_user'];
const queueColumns = `id, number, number_seq, due_sort, summary, app_id, app_name, category, tier, priority,
  status, assignee, reporter_name, created_at, updated_at, next_due_at, next_due_timer, sla_pct,
  breached, paused, incident_id, major_incident, needs_triage`;

/** Opens (and migrates) the hub database in `dataDir`, or in memory for `':memory:'`. */
export function openSqliteStore(dataDir: string): HubStore {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'tierdesk.sqlite');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL: a commit survives a process crash; only an OS crash may lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 32 MB of page cache keeps the queue indexes of ~100,000 open tickets in memory.
  db.pragma('cache_size = -32000');
  db.pragma('temp_store = MEMORY');
  // An intake commit writes ~100 WAL pages (16 tickets), so the default checkpoint every 1,000
  // pages ran in a request's turn every ~10 commits, copying the same hot index pages again
  // each time; every 10,000 pages (≤ 40 MB of WAL, trimmed back to 64 MB at most) copies
  // them once per ~100 commits.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('journal_size_limit = 67108864');
  migrate(db);

  const st = (sql: string) => db.prepare(sql);
  /** The row's columns; also the queue row a change publishes, so nothing is read back. */
  const ticketValues = (r: TicketRecord) => {
    const t = r.ticket;
    return {
      id: t.id,
      number: t.number,
      number_seq: Number(t.number.replace(/^\D+-/, '')),
      app_id: t.app.id,
      app_name: t.app.name,
      created_at: t.createdAt,
      category: t.category,
      tier: t.tier,
      priority: t.priority,
      status: t.status,
      is_open: openStatuses.includes(t.status) ? 1 : 0,
      assignee: t.assignee,
      reporter_name: t.reporter.name ?? null,
      summary: t.summary,
      updated_at: t.updatedAt,
      due_sort: r.queue.nextDueAt ? Date.parse(r.queue.nextDueAt) : noDueSort,
      next_due_at: r.queue.nextDueAt,
      next_due_timer: r.queue.nextDueTimer,
      sla_pct: r.queue.slaPct,
      breached: r.queue.breached ? 1 : 0,
      paused: r.queue.paused ? 1 : 0,
      sla_wake_at: r.queue.slaWakeAt,
      sla_checked_at: r.queue.slaCheckedAt,
      incident_id: t.incidentId,
      major_incident: t.majorIncident ? 1 : 0,
      needs_triage:
        t.classification.needsTriage && t.category === t.classification.category ? 1 : 0,
      state: JSON.stringify(t),
    };
  };
  const s = {
    counterGet: st('SELECT value FROM counters WHERE name = ?').pluck(),
    counterSet: st(
      'INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    ),
    secretGet: st('SELECT value FROM secrets WHERE name = ?').pluck(),
    secretSet: st('INSERT INTO secrets (name, value) VALUES (?, ?)'),
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
      'SELECT id FROM tickets WHERE sla_wake_at <= ? ORDER BY sla_wake_at LIMIT ?',
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
    attachmentByHash: st('SELECT meta FROM attachments WHERE ticket_id = ? AND sha256 = ?').pluck(),
    insertAttachment: st(
      'INSERT INTO attachments (id, ticket_id, sha256, content_type, meta, data) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    attachment: st('SELECT ticket_id, meta, data FROM attachments WHERE id = ?'),
    knownIssues: st('SELECT body, deflections FROM known_issues ORDER BY id'),
    knownIssue: st('SELECT body, deflections FROM known_issues WHERE id = ?'),
    saveKnownIssue: st(`INSERT INTO known_issues (id, status, updated_at, body) VALUES (?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, body = excluded.body`),
    addDeflection: st(
      'INSERT INTO deflections (known_issue_id, app_id, summary, at) VALUES (?, ?, ?, ?)',
    ),
    countDeflection: st('UPDATE known_issues SET deflections = deflections + 1 WHERE id = ?'),
    recentIncidents: st(
      'SELECT body, size FROM incidents WHERE app_id = ? AND last_at >= ? ORDER BY last_at DESC LIMIT 50',
    ),
    incident: st('SELECT body, size FROM incidents WHERE id = ?'),
    saveIncident: st(`INSERT INTO incidents (id, app_id, signature, major, last_at, size, body)
      VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET major = excluded.major,
      last_at = excluded.last_at, size = excluded.size, body = excluded.body`),
    addIncidentTicket: st(
      'INSERT OR IGNORE INTO incident_tickets (incident_id, ticket_id, reporter_key) VALUES (?, ?, ?)',
    ),
    incidentTicketIds: st(
      'SELECT ticket_id FROM incident_tickets WHERE incident_id = ? ORDER BY ticket_id LIMIT ?',
    ).pluck(),
    insertAgent: st(
      'INSERT INTO agents (id, name, role, token_sha256, active, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    agentByToken: st('SELECT * FROM agents WHERE token_sha256 = ?'),
    agents: st('SELECT * FROM agents ORDER BY created_at'),
    agentRole: st('SELECT role FROM agents WHERE id = ?').pluck(),
    revokeAgent: st(
      'UPDATE agents SET active = 0, revoked_at = COALESCE(revoked_at, ?) WHERE id = ?',
    ),
  };

  const agentFrom = (row: Record<string, unknown>): AgentRecord => ({
    id: String(row['id']),
    name: String(row['name']),
    role: row['role'] as Role,
    active: row['active'] === 1,
    createdAt: String(row['created_at']),
    revokedAt: (row['revoked_at'] as string | null) ?? null,
    tokenSha256: String(row['token_sha256']),
  });
  const knownIssueFrom = (row: { body: string; deflections: number }): KnownIssue => ({
    ...(JSON.parse(row.body) as KnownIssue),
    deflections: row.deflections,
  });

  // Intake reads its app's recent incidents for every ticket, and the group it joins was most
  // often written by this process a moment ago: bodies it wrote are not parsed again (a body
  // written by another process differs, so it is parsed). Readers must not mutate the arrays.
  const writtenIncidents = new Map<string, Omit<IncidentRecord, 'size'>>();
  const incidentFrom = (row: { body: string; size: number }): IncidentRecord => ({
    ...(writtenIncidents.get(row.body) ?? (JSON.parse(row.body) as IncidentRecord)),
    size: row.size,
  });

  // One transaction function for every write: better-sqlite3 builds four wrappers per
  // `db.transaction(fn)`, which intake paid twice per ticket. Nested calls run in a savepoint.
  const inTransaction = db.transaction((fn: () => unknown) => fn());
  const store: HubStore = {
    write: <T>(fn: () => T) => inTransaction.immediate(fn) as T,
    secret(name, create) {
      const found = s.secretGet.get(name) as string | undefined;
      if (found !== undefined) return found;
      const value = create();
      s.secretSet.run(name, value);
      return value;
    },
    nextTicketNumber() {
      const next = ((s.counterGet.get('ticket_number') as number | undefined) ?? 1000) + 1;
      s.counterSet.run('ticket_number', next);
      return next;
    },
    insertTicket(record, reporterTokenSha256, reporterKey) {
      const values = ticketValues(record);
      s.insertTicket.run({
        ...values,
        reporter_key: reporterKey,
        reporter_token_sha256: reporterTokenSha256,
      });
      return queueRowFromSql(values);
    },
    updateTicket(record) {
      const values = ticketValues(record);
      s.updateTicket.run(values);
      return queueRowFromSql(values);
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
      return rows.map(queueRowFromSql);
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
      s.intakeSet.run(record.ticketId, record.bodySha256, JSON.stringify(record.receipt), at);
    },
    attachmentByHash(ticketId, sha256) {
      const meta = s.attachmentByHash.get(ticketId, sha256) as string | undefined;
      return meta ? (JSON.parse(meta) as AttachmentMeta) : null;
    },
    insertAttachment(ticketId, meta, data) {
      s.insertAttachment.run(
        meta.id,
        ticketId,
        meta.sha256,
        meta.contentType,
        JSON.stringify(meta),
        data,
      );
    },
    attachment(id): StoredAttachment | null {
      const row = s.attachment.get(id) as
        { ticket_id: string; meta: string; data: Buffer } | undefined;
      return row ? { ticketId: row.ticket_id, meta: JSON.parse(row.meta), data: row.data } : null;
    },
    knownIssues: () =>
      (s.knownIssues.all() as Array<{ body: string; deflections: number }>).map(knownIssueFrom),
    knownIssue(id) {
      const row = s.knownIssue.get(id) as { body: string; deflections: number } | undefined;
      return row ? knownIssueFrom(row) : null;
    },
    saveKnownIssue(issue) {
      s.saveKnownIssue.run(issue.id, issue.status, issue.updatedAt, JSON.stringify(issue));
    },
    addDeflection(knownIssueId, appId, summary, at) {
      s.addDeflection.run(knownIssueId, appId, summary, at);
      s.countDeflection.run(knownIssueId);
    },
    recentIncidents: (appId, since) =>
      (s.recentIncidents.all(appId, since) as Array<{ body: string; size: number }>).map(
        incidentFrom,
      ),
    incident(id) {
      const row = s.incident.get(id) as { body: string; size: number } | undefined;
      return row ? incidentFrom(row) : null;
    },
    saveIncident({ size, ...incident }) {
      const i = { ...incident, reporterKeys: incident.reporterKeys.slice(0, 100) };
      const body = JSON.stringify(i);
      if (writtenIncidents.size >= 256) writtenIncidents.clear();
      writtenIncidents.set(body, i);
      s.saveIncident.run(i.id, i.appId, i.signature, i.major ? 1 : 0, i.lastAt, size, body);
    },
    addIncidentTicket(incidentId, ticketId, reporterKey) {
      s.addIncidentTicket.run(incidentId, ticketId, reporterKey);
    },
    incidentTicketIds: (incidentId, limit) =>
      s.incidentTicketIds.all(incidentId, limit) as string[],
    insertAgent(a) {
      s.insertAgent.run(a.id, a.name, a.role, a.tokenSha256, a.active ? 1 : 0, a.createdAt);
    },
    agentByTokenHash(hash) {
      const row = s.agentByToken.get(hash) as Record<string, unknown> | undefined;
      return row ? agentFrom(row) : null;
    },
    agents: () =>
      (s.agents.all() as Array<Record<string, unknown>>).map((r): AgentListing => {
        const { tokenSha256: _hash, ...agent } = agentFrom(r);
        return agent;
      }),
    agentRole: (id) => (s.agentRole.get(id) as Role | undefined) ?? null,
    revokeAgent: (id, at) => s.revokeAgent.run(at, id).changes === 1,
    stats: () => readStats(db),
    close: () => db.close(),
  };
  return store;
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new Error(
      `the data folder was written by a newer hub (schema ${version} > ${migrations.length})`,
    );
  }
  for (let v = version; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

const queueStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function queryQueue(
  db: Database.Database,
  filter: QueueFilter,
  limit: number,
  after: QueueCursor | null,
): QueueRow[] {
  const where: string[] = [];
  const args: unknown[] = [];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    where.push(`${column} IN (${values.map(() => '?').join(',')})`);
    args.push(...values);
  };
  const statuses = filter.statuses ?? [];
  if (statuses.length === 0) where.push('is_open = 1');
  else {
    // is_open lets the index do the work when every asked status is open (or none is).
    const open = statuses.filter((x) => openStatuses.includes(x)).length;
    if (open === statuses.length) where.push('is_open = 1');
    else if (open === 0) where.push('is_open = 0');
    inList('status', statuses);
  }
  inList('tier', filter.tiers);
  inList('category', filter.categories);
  inList('priority', filter.priorities);
  inList('app_id', filter.apps);
  if (filter.assignee !== undefined) {
    where.push(filter.assignee === null ? 'assignee IS NULL' : 'assignee = ?');
    if (filter.assignee !== null) args.push(filter.assignee);
  }
  if (after) {
    where.push('(due_sort > ? OR (due_sort = ? AND number_seq > ?))');
    args.push(after.dueSort, after.dueSort, after.numberSeq);
  }
  const sql = `SELECT ${queueColumns} FROM tickets WHERE ${where.join(' AND ')}
    ORDER BY due_sort, number_seq LIMIT ?`;
  // Few distinct filter shapes recur (the extension polls the same views): prepare each once.
  let cache = queueStatements.get(db);
  if (!cache) queueStatements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size > 200) cache.clear();
    cache.set(sql, (statement = db.prepare(sql)));
  }
  return (statement.all(...args, limit) as QueueSqlRow[]).map(queueRowFromSql);
}

function readStats(db: Database.Database): HubStats {
  const byPriority = db
    .prepare(
      `SELECT priority, COUNT(*) AS total, SUM(status IN ('resolved', 'closed')) AS resolved,
      SUM(breached) AS breached FROM tickets GROUP BY priority ORDER BY priority`,
    )
    .all() as HubStats['byPriority'];
  const byApp = db
    .prepare(
      'SELECT app_id AS appId, COUNT(*) AS total, SUM(is_open) AS open FROM tickets GROUP BY app_id ORDER BY total DESC',
    )
    .all() as HubStats['byApp'];
  const byCategory = db
    .prepare(
      'SELECT category, COUNT(*) AS total, SUM(is_open) AS open FROM tickets GROUP BY category ORDER BY total DESC',
    )
    .all() as HubStats['byCategory'];
  const openBreached = db
    .prepare('SELECT COUNT(*) FROM tickets WHERE is_open = 1 AND breached = 1')
    .pluck()
    .get() as number;
  const deflections = db.prepare('SELECT COUNT(*) FROM deflections').pluck().get() as number;
  return { byPriority, byApp, byCategory, openBreached, deflections };
}
