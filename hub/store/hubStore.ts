// The storage interface every part of the hub awaits (routes, intake, SLA clock, CLI, demo).
// A backend implements HubStore and nothing else: SQLite (sqliteStore.ts), PostgreSQL (postgres/).
//
// How a backend plugs in: it exports a factory (`openSqliteStore(dir)`, `createPostgresStore(…)`)
// that connects, applies its migrations and resolves once it can answer; openHubStore.ts picks
// one from `--database` or the config.
// Its behaviour is pinned by the contract suite (storeContract.ts): a backend is done when
// `storeContract(() => openXStore(…))` passes.
//
// Rules every backend keeps:
// - Reads on `HubStore` see committed data only; reads on a `HubTx` also see that transaction's
//   own writes. Every write happens inside `transaction` (a `HubTx` method), nowhere else.
// - "Not found" is `null` (single values) or `[]` (lists), never an exception: also for keys no
//   stored row can have (U+0000, lone surrogates), which arrive from URLs as they are.
// - Values come back exactly as written (a ticket's JSON, an event's JSON): no driver types leak
//   (no bigint, no Date, no lastInsertRowid / rowCount); instants are the ISO strings given.
// - A unique key taken by another write is a `StoreConflictError` (routes answer 409); any other
//   failure is a plain Error (routes answer 500). Inputs reach the store already validated.
import type {
  Agent,
  AttachmentMeta,
  KnownIssue,
  Priority,
  Role,
  Status,
  Ticket,
  TicketEvent,
  Tier,
} from '@tierdesk/core';

/** The denormalised columns the queue sorts and filters on, kept beside the ticket. */
export interface QueueColumns {
  nextDueAt: string | null;
  nextDueTimer: string | null;
  slaPct: number | null;
  breached: boolean;
  paused: boolean;
  /** When the SLA clock must next look at the ticket (ms since epoch), or null. */
  slaWakeAt: number | null;
  /** The instant the SLA clock last evaluated the ticket (alerts are diffs since then). */
  slaCheckedAt: string;
}

/** A ticket as stored: its JSON (returned as written) and its queue columns. */
export interface TicketRecord {
  ticket: Ticket;
  queue: QueueColumns;
}

/**
 * Which tickets `queue` returns. Every list is "any of"; an absent or empty list does not filter.
 * `statuses` absent or empty means the open statuses (new, triaged, in_progress, waiting_on_user).
 */
export interface QueueFilter {
  tiers?: Tier[];
  statuses?: Status[];
  categories?: string[];
  priorities?: Priority[];
  /** App ids. */
  apps?: string[];
  /** An agent id, or null for unassigned tickets; absent: any. */
  assignee?: string | null;
}

/** Position after the last item returned: the sort key (due time, number) of that row. */
export interface QueueCursor {
  dueSort: number;
  numberSeq: number;
}

/**
 * One queue line, computed from a TicketRecord by `queueRowOf` (queueRowOf.ts): a backend stores
 * these values as columns and returns them unchanged; it never derives them differently.
 */
export interface QueueRow {
  id: string;
  number: string;
  /** The numeric part of `number` (TD-1042 → 1042): the second sort key. */
  numberSeq: number;
  /** `nextDueAt` in ms since epoch, or `noDueSort` (9e15) when none: the first sort key. */
  dueSort: number;
  summary: string;
  appId: string;
  appName: string;
  category: string;
  tier: Tier;
  priority: Priority;
  status: Status;
  assignee: string | null;
  reporterName: string | null;
  createdAt: string;
  updatedAt: string;
  nextDueAt: string | null;
  nextDueTimer: string | null;
  slaPct: number | null;
  breached: boolean;
  paused: boolean;
  incidentId: string | null;
  majorIncident: boolean;
  needsTriage: boolean;
}

/** The first answer to an intake, kept so a retry with the same id gets it again. */
export interface IntakeRecord {
  ticketId: string;
  /** SHA-256 of the canonical request body: a retry with another body is refused (422). */
  bodySha256: string;
  /** JSON value, returned as written. */
  receipt: unknown;
}

export interface StoredAttachment {
  meta: AttachmentMeta;
  ticketId: string;
  data: Buffer;
}

/** An incident group as stored: its members live in their own table (`incidentTicketIds`). */
export interface IncidentRecord {
  id: string;
  appId: string;
  signature: string;
  terms: string[];
  firstAt: string;
  lastAt: string;
  major: boolean;
  /** Tickets in the group (the caller keeps it; the store stores what it is given). */
  size: number;
  /** Distinct reporters seen (the store keeps the first 100: enough to decide "major"). */
  reporterKeys: string[];
}

/** An agent as listed: revoked agents keep their row (events name them), inactive since then. */
export interface AgentListing extends Agent {
  revokedAt: string | null;
}

export interface AgentRecord extends AgentListing {
  tokenSha256: string;
}

/** The lead's figures over all tickets (open and closed). */
export interface HubStats {
  /** Per priority present, P1 first. `resolved` counts resolved + closed; `breached` the flag. */
  byPriority: Array<{ priority: Priority; total: number; resolved: number; breached: number }>;
  /** Per app present, most tickets first (ties by app id). `open`: open statuses. */
  byApp: Array<{ appId: string; total: number; open: number }>;
  /** Per category present, most tickets first (ties by category). */
  byCategory: Array<{ category: string; total: number; open: number }>;
  /** Open tickets whose breached flag is set. */
  openBreached: number;
  /** Deflections recorded, all known issues. */
  deflections: number;
}

/** What a unique key a write needed was taken by: the entity and its key. */
export type ConflictEntity = 'ticket' | 'intake' | 'attachment' | 'agent' | 'known_issue';

/**
 * A write found its unique key already taken (another request, possibly in another hub process,
 * wrote it first). The transaction is rolled back; routes answer 409 (`conflict`). After it the
 * transaction cannot go on (PostgreSQL aborts it): let it propagate out of `fn`.
 */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
  constructor(
    readonly entity: ConflictEntity,
    readonly key: string,
  ) {
    super(`${entity} ${key} already exists`);
  }
}

/** Reads, on the store (committed data) and inside a transaction (also its own writes). */
export interface HubReads {
  /**
   * The ticket, or null. Inside a transaction it also locks the ticket until the commit
   * (PostgreSQL: `SELECT … FOR UPDATE`), so read-modify-write of one ticket never loses a change.
   */
  getTicket(id: string): Promise<TicketRecord | null>;
  /** The ticket's events by `seq` ascending; [] for an unknown ticket. */
  events(ticketId: string): Promise<TicketEvent[]>;
  /** The ticket whose reporter token has this SHA-256, or null. */
  ticketIdByReporterToken(tokenSha256: string): Promise<string | null>;
  /**
   * At most `limit` rows matching `filter`, ordered by (dueSort, numberSeq) ascending; with
   * `after`, only rows strictly after that key. Keyset pagination: a page never repeats a row of
   * an earlier page for rows that did not change meanwhile.
   */
  queue(filter: QueueFilter, limit: number, after: QueueCursor | null): Promise<QueueRow[]>;
  /** The queue row of any ticket (open or not), or null. */
  queueRow(id: string): Promise<QueueRow | null>;
  /** Queue rows in the order of `ids`; unknown ids are skipped. */
  queueRowsByIds(ids: readonly string[]): Promise<QueueRow[]>;
  /** Ticket ids with `slaWakeAt <= nowMs`, smallest `slaWakeAt` first (ties by id), at most `limit`. */
  slaDue(nowMs: number, limit: number): Promise<string[]>;
  /** The smallest `slaWakeAt` of any ticket, or null when none is set. */
  nextSlaWake(): Promise<number | null>;
  /** Tickets in an open status. */
  countOpen(): Promise<number>;

  /** The stored first answer to intake of this ticket id, or null. */
  intakeRequest(ticketId: string): Promise<IntakeRecord | null>;

  /** The ticket's attachment with these bytes (SHA-256 hex), or null. */
  attachmentByHash(ticketId: string, sha256: string): Promise<AttachmentMeta | null>;
  attachment(id: string): Promise<StoredAttachment | null>;

  /** Every known issue by id ascending, `deflections` the store's count. */
  knownIssues(): Promise<KnownIssue[]>;
  /** The known issue, or null. Inside a transaction it also locks it until the commit. */
  knownIssue(id: string): Promise<KnownIssue | null>;

  /**
   * The app's groups with `lastAt >= since`, latest `lastAt` first, at most 50. Inside a
   * transaction it also takes the app's grouping lock until the commit, so two intakes of one app
   * never group from the same snapshot (PostgreSQL: `pg_advisory_xact_lock` on the app id).
   */
  recentIncidents(appId: string, since: string): Promise<IncidentRecord[]>;
  incident(id: string): Promise<IncidentRecord | null>;
  /** Member ticket ids by ticket id ascending (ULIDs: first reported first), at most `limit`. */
  incidentTicketIds(incidentId: string, limit: number): Promise<string[]>;

  agentByTokenHash(tokenSha256: string): Promise<AgentRecord | null>;
  /** Every agent, revoked ones too, by `createdAt` then id. */
  agents(): Promise<AgentListing[]>;
  /** The agent's role (revoked agents too), or null when there is no such agent. */
  agentRole(id: string): Promise<Role | null>;

  stats(): Promise<HubStats>;
}

/**
 * A transaction's handle: the reads (seeing its own writes) and every write. Valid only until the
 * `fn` it was given settles; a call after that rejects.
 */
export interface HubTx extends HubReads {
  /**
   * The next ticket number: increasing, never given twice (1001 first on a fresh store). A
   * rolled-back transaction may leave a gap (a PostgreSQL sequence does).
   */
  nextTicketNumber(): Promise<number>;
  /**
   * Writes a new ticket with its queue columns (`queueRowOf(record)`). StoreConflictError
   * ('ticket') when the id, number or reporter token hash is taken.
   */
  insertTicket(
    record: TicketRecord,
    reporterTokenSha256: string,
    reporterKey: string | null,
  ): Promise<void>;
  /** Rewrites a stored ticket and its queue columns (id, number and reporter stay). Throws if missing. */
  updateTicket(record: TicketRecord): Promise<void>;
  /**
   * Appends events; their `seq` must continue the stored log by 1 (1, 2, … for a new ticket), else
   * it throws. Events are append-only: never updated or deleted.
   */
  appendEvents(ticketId: string, events: readonly TicketEvent[]): Promise<void>;

  /** StoreConflictError ('intake') when a record for this ticket id exists. */
  saveIntakeRequest(record: IntakeRecord, at: string): Promise<void>;

  /** StoreConflictError ('attachment') when the id, or the ticket's same bytes, exist. */
  insertAttachment(ticketId: string, meta: AttachmentMeta, data: Buffer): Promise<void>;

  /** StoreConflictError ('known_issue') when the id exists; `issue.deflections` is not stored. */
  insertKnownIssue(issue: KnownIssue): Promise<void>;
  /** Rewrites a known issue; its deflection count stays the store's. Throws if missing. */
  updateKnownIssue(issue: KnownIssue): Promise<void>;
  /** Records one deflection and counts it on the issue. Throws if the issue is missing. */
  addDeflection(
    knownIssueId: string,
    appId: string,
    summary: string | null,
    at: string,
  ): Promise<void>;

  /** Inserts or rewrites the group (by id), `size` included; keeps the first 100 reporter keys. */
  saveIncident(incident: IncidentRecord): Promise<void>;
  /** Adds a member; adding one twice changes nothing. */
  addIncidentTicket(incidentId: string, ticketId: string, reporterKey: string): Promise<void>;

  /** StoreConflictError ('agent') when the id or the token hash is taken. */
  insertAgent(agent: AgentRecord): Promise<void>;
  /**
   * Deactivates the agent's token from `at` on (an earlier revocation time stays); false when
   * there is no such agent.
   */
  revokeAgent(id: string, at: string): Promise<boolean>;
}

export interface HubStore extends HubReads {
  /** Which backend this is ('sqlite', 'postgres'), for logs and health. */
  readonly kind: string;
  /**
   * Runs `fn` in one transaction: everything it wrote is committed when the promise resolves (its
   * value), or nothing when `fn` throws or the commit fails (the promise rejects with that error).
   *
   * - Inside `fn` use only `tx`: awaiting the store's own methods or a nested `transaction` from
   *   inside is a bug (SQLite: they wait for this transaction, which fails them after 5 s).
   * - `fn` must have no effects other than through `tx` and must not wait on anything else (no
   *   network, no timers): a backend may run it again after a serialization failure or deadlock,
   *   and holds a connection (PostgreSQL) or the one writer (SQLite) while it runs.
   * - Concurrent transactions never lose each other's writes: the locks above (ticket, known
   *   issue, app's grouping) plus unique keys make them serializable where it matters.
   */
  transaction<T>(fn: (tx: HubTx) => Promise<T>): Promise<T>;
  /**
   * The named secret of this store, created with `create()` (outside any transaction) on first
   * use; concurrent first uses, in any process, all get the one value stored.
   */
  secret(name: string, create: () => string): Promise<string>;
  /** Waits for transactions under way, then releases the connection(s); calls after it reject
   * and a second close does nothing. */
  close(): Promise<void>;
}
