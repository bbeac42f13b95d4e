// The PostgreSQL schema as numbered migrations; table `schema_version` records the ones applied.
// Version 1 is the SQLite schema's state after its migrations 1–5 (hub/store/migrations.ts).

/**
 * Types, each for a reason:
 * - instants the store only compares are `timestamptz` (incidents' `last_at`, event and
 *   deflection times); instants it gives back are the ISO text written (the HubStore contract
 *   returns them as given, and R52 allows seconds or milliseconds). `due_sort` and `sla_wake_at`
 *   are `bigint` ms, so the queue and the SLA clock each read one btree range;
 * - documents (ticket state, events, receipts, incidents, known issues) are `json`, not `jsonb`:
 *   they come back byte for byte (key order kept), and a user's text with U+0000 or a lone
 *   surrogate, which `jsonb` refuses, is stored as typed;
 * - ids and the columns the store orders by are `COLLATE "C"`: the same order as SQLite's
 *   whatever the database's locale, and cheaper comparisons;
 * - ticket numbers come from a sequence, so hub processes number tickets without a lock (a
 *   rolled-back intake leaves a gap, as a sequence does);
 * - the event log is append-only by trigger, TRUNCATE included.
 */
export const pgMigrations: string[] = [
  /* 1: tickets, events, intake idempotency, attachments, known issues, incidents, agents */
  `
  CREATE SEQUENCE ticket_numbers START 1001;
  CREATE TABLE secrets (name text PRIMARY KEY, value text NOT NULL);

  CREATE TABLE tickets (
    id text COLLATE "C" PRIMARY KEY,
    number text NOT NULL UNIQUE,
    number_seq bigint NOT NULL,
    app_id text COLLATE "C" NOT NULL,
    app_name text NOT NULL,
    category text COLLATE "C" NOT NULL,
    tier text NOT NULL,
    priority text NOT NULL,
    status text NOT NULL,
    is_open boolean NOT NULL,
    assignee text,
    reporter_name text,
    reporter_key text,
    summary text NOT NULL,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    -- next SLA due instant in ms; 9e15 when none, so "none last" is plain ascending order
    due_sort bigint NOT NULL,
    next_due_at text,
    next_due_timer text,
    sla_pct double precision,
    breached boolean NOT NULL,
    paused boolean NOT NULL,
    -- when the SLA clock must look at this ticket next (ms), and when it last did
    sla_wake_at bigint,
    sla_checked_at text NOT NULL,
    incident_id text,
    major_incident boolean NOT NULL,
    needs_triage boolean NOT NULL,
    reporter_token_sha256 text NOT NULL UNIQUE,
    state json NOT NULL
  );
  -- The queue's filter columns sit in the index so a combined filter is checked there and only
  -- the page's rows are read from the table (SQLite migration 3). With the id included, the
  -- page's ids come from an index-only scan: PostgreSQL checks a filter on a non-leading column
  -- against index entries only in such a scan (pgQueue.ts).
  CREATE INDEX tickets_queue ON tickets
    (is_open, due_sort, number_seq, tier, priority, category, app_id, assignee, status)
    INCLUDE (id);
  CREATE INDEX tickets_queue_tier ON tickets
    (tier, is_open, due_sort, number_seq, priority, category, app_id, assignee, status)
    INCLUDE (id);
  CREATE INDEX tickets_queue_assignee ON tickets (assignee, is_open, due_sort, number_seq)
    INCLUDE (id);
  CREATE INDEX tickets_queue_app ON tickets (app_id, is_open, due_sort, number_seq) INCLUDE (id);
  CREATE INDEX tickets_sla_wake ON tickets (sla_wake_at, id) WHERE sla_wake_at IS NOT NULL;

  CREATE TABLE ticket_events (
    ticket_id text NOT NULL REFERENCES tickets (id),
    seq integer NOT NULL,
    type text NOT NULL,
    at timestamptz NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (ticket_id, seq)
  );
  CREATE INDEX ticket_events_sla ON ticket_events (type, at) WHERE type IN ('sla_breached', 'resolved');
  CREATE FUNCTION ticket_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'ticket events are append-only'; END $$;
  CREATE TRIGGER ticket_events_no_change BEFORE UPDATE OR DELETE ON ticket_events
    FOR EACH ROW EXECUTE FUNCTION ticket_events_append_only();
  CREATE TRIGGER ticket_events_no_truncate BEFORE TRUNCATE ON ticket_events
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_events_append_only();

  CREATE TABLE intake_requests (
    ticket_id text PRIMARY KEY,
    body_sha256 text NOT NULL,
    receipt json NOT NULL,
    created_at timestamptz NOT NULL
  );

  CREATE TABLE attachments (
    id text PRIMARY KEY,
    ticket_id text NOT NULL REFERENCES tickets (id),
    sha256 text NOT NULL,
    content_type text NOT NULL,
    meta json NOT NULL,
    data bytea NOT NULL,
    UNIQUE (ticket_id, sha256)
  );

  CREATE TABLE known_issues (
    id text COLLATE "C" PRIMARY KEY,
    status text NOT NULL,
    deflections integer NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL,
    body json NOT NULL
  );
  CREATE TABLE deflections (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    known_issue_id text NOT NULL REFERENCES known_issues (id),
    app_id text NOT NULL,
    summary text,
    at timestamptz NOT NULL
  );
  CREATE INDEX deflections_issue ON deflections (known_issue_id, at);

  CREATE TABLE incidents (
    id text PRIMARY KEY,
    app_id text NOT NULL,
    signature text NOT NULL,
    major boolean NOT NULL,
    last_at timestamptz NOT NULL,
    size integer NOT NULL DEFAULT 0,
    body json NOT NULL
  );
  CREATE INDEX incidents_recent ON incidents (app_id, last_at);
  CREATE TABLE incident_tickets (
    incident_id text NOT NULL REFERENCES incidents (id),
    ticket_id text COLLATE "C" NOT NULL,
    reporter_key text NOT NULL,
    PRIMARY KEY (incident_id, ticket_id)
  );

  CREATE TABLE agents (
    id text COLLATE "C" PRIMARY KEY,
    name text NOT NULL,
    role text NOT NULL,
    token_sha256 text NOT NULL UNIQUE,
    active boolean NOT NULL,
    created_at text NOT NULL,
    revoked_at text
  );
  `,
  /* 2: events for the live streams of the other hub processes on this database (PostgreSQL
        only: one SQLite hub has its live feed in process). Rows are read by id after a NOTIFY,
        so a payload has no size limit and a process that reconnects catches up; kept minutes. */
  `
  CREATE TABLE live_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin text NOT NULL,
    topic text NOT NULL,
    event text NOT NULL,
    data json NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX live_events_at ON live_events (at);
  `,
];
