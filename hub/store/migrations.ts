// The SQL schema as numbered migrations; `PRAGMA user_version` records how far a data folder is.
// Tickets carry denormalised queue columns so the queue is one index range scan (docs/hub.md).

export const migrations: string[] = [
  /* 1: tickets, their append-only event log, intake idempotency, attachments, known issues,
        incidents, agents, counters */
  `
  CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

  CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    number_seq INTEGER NOT NULL,
    app_id TEXT NOT NULL,
    app_name TEXT NOT NULL,
    category TEXT NOT NULL,
    tier TEXT NOT NULL,
    priority TEXT NOT NULL,
    status TEXT NOT NULL,
    is_open INTEGER NOT NULL,
    assignee TEXT,
    reporter_name TEXT,
    reporter_key TEXT,
    summary TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- next SLA due instant in ms; 9e15 when none, so "none last" is plain ascending order
    due_sort INTEGER NOT NULL,
    next_due_at TEXT,
    next_due_timer TEXT,
    sla_pct REAL,
    breached INTEGER NOT NULL,
    paused INTEGER NOT NULL,
    -- when the SLA clock must look at this ticket next (ms), and when it last did
    sla_wake_at INTEGER,
    sla_checked_at TEXT NOT NULL,
    incident_id TEXT,
    major_incident INTEGER NOT NULL,
    needs_triage INTEGER NOT NULL,
    reporter_token_sha256 TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL
  );
  CREATE INDEX tickets_queue ON tickets (is_open, due_sort, number_seq);
  CREATE INDEX tickets_queue_tier ON tickets (tier, is_open, due_sort, number_seq);
  CREATE INDEX tickets_queue_assignee ON tickets (assignee, is_open, due_sort, number_seq);
  CREATE INDEX tickets_queue_app ON tickets (app_id, is_open, due_sort, number_seq);
  CREATE INDEX tickets_sla_wake ON tickets (sla_wake_at) WHERE sla_wake_at IS NOT NULL;
  CREATE INDEX tickets_incident ON tickets (incident_id) WHERE incident_id IS NOT NULL;
  CREATE INDEX tickets_created ON tickets (created_at);

  CREATE TABLE ticket_events (
    ticket_id TEXT NOT NULL REFERENCES tickets (id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (ticket_id, seq)
  ) WITHOUT ROWID;
  CREATE INDEX ticket_events_sla ON ticket_events (type, at) WHERE type IN ('sla_breached', 'resolved');
  CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
    BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END;
  CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
    BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END;

  CREATE TABLE intake_requests (
    ticket_id TEXT PRIMARY KEY,
    body_sha256 TEXT NOT NULL,
    receipt TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES tickets (id),
    sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    meta TEXT NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (ticket_id, sha256)
  );

  CREATE TABLE known_issues (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    deflections INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE TABLE deflections (
    id INTEGER PRIMARY KEY,
    known_issue_id TEXT NOT NULL REFERENCES known_issues (id),
    app_id TEXT NOT NULL,
    summary TEXT,
    at TEXT NOT NULL
  );
  CREATE INDEX deflections_issue ON deflections (known_issue_id, at);

  CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    app_id TEXT NOT NULL,
    signature TEXT NOT NULL,
    major INTEGER NOT NULL,
    last_at TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX incidents_recent ON incidents (app_id, last_at);

  CREATE TABLE agents (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    token_sha256 TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );
  `,
  /* 2: incident membership in its own table, so a large incident is not one growing JSON row */
  `
  CREATE TABLE incident_tickets (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    ticket_id TEXT NOT NULL,
    reporter_key TEXT NOT NULL,
    PRIMARY KEY (incident_id, ticket_id)
  ) WITHOUT ROWID;
  ALTER TABLE incidents ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
  INSERT INTO incident_tickets (incident_id, ticket_id, reporter_key)
    SELECT i.id, j.value, '' FROM incidents i, json_each(i.body, '$.ticketIds') j;
  UPDATE incidents SET size = (SELECT COUNT(*) FROM incident_tickets t WHERE t.incident_id = incidents.id);
  `,
  /* 3: queue indexes carry the filter columns, so a combined filter (tier + priority …) is
        checked inside the index and only the page's rows are read from the table */
  `
  DROP INDEX tickets_queue;
  DROP INDEX tickets_queue_tier;
  CREATE INDEX tickets_queue ON tickets
    (is_open, due_sort, number_seq, tier, priority, category, app_id, assignee, status);
  CREATE INDEX tickets_queue_tier ON tickets
    (tier, is_open, due_sort, number_seq, priority, category, app_id, assignee, status);
  `,
  /* 4: intake writes fewer pages. Events move to a rowid table: WITHOUT ROWID keeps rows in
        index pages, where a created event (~1.3 KB) spills to an overflow page of its own, so
        each intake wrote ~2 fresh pages for one event. Two indexes nothing queries go. */
  `
  CREATE TABLE ticket_events_v4 (
    ticket_id TEXT NOT NULL REFERENCES tickets (id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (ticket_id, seq)
  );
  INSERT INTO ticket_events_v4 (ticket_id, seq, type, at, body)
    SELECT ticket_id, seq, type, at, body FROM ticket_events ORDER BY ticket_id, seq;
  DROP TABLE ticket_events;
  ALTER TABLE ticket_events_v4 RENAME TO ticket_events;
  CREATE INDEX ticket_events_sla ON ticket_events (type, at) WHERE type IN ('sla_breached', 'resolved');
  CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
    BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END;
  CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
    BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END;
  DROP INDEX tickets_created;
  DROP INDEX tickets_incident;
  `,
  /* 5: when an agent's token was revoked (tierdesk hub revoke-agent); the row stays for the
        events that name the agent */
  `
  ALTER TABLE agents ADD COLUMN revoked_at TEXT;
  `,
];
