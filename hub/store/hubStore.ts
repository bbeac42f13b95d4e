// The storage interface the hub's routes and services use; SQLite implements it today
// (sqliteStore.ts). Each write path runs inside `write(fn)`: one transaction, all or nothing.
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

export interface TicketRecord {
  ticket: Ticket;
  queue: QueueColumns;
}

export interface QueueFilter {
  tiers?: Tier[];
  statuses?: Status[];
  categories?: string[];
  priorities?: Priority[];
  apps?: string[];
  /** An agent id, or null for unassigned tickets. */
  assignee?: string | null;
}

/** Position after the last item returned: the sort key (due time, number). */
export interface QueueCursor {
  dueSort: number;
  numberSeq: number;
}

export interface QueueRow {
  id: string;
  number: string;
  numberSeq: number;
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

export interface IntakeRecord {
  ticketId: string;
  bodySha256: string;
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
  /** Tickets in the group. */
  size: number;
  /** Distinct reporters seen (kept up to 100: enough to decide "major"). */
  reporterKeys: string[];
}

/** An agent as listed: revoked agents keep their row (events name them), inactive since then. */
export interface AgentListing extends Agent {
  revokedAt: string | null;
}

export interface AgentRecord extends AgentListing {
  tokenSha256: string;
}

export interface HubStats {
  byPriority: Array<{ priority: Priority; total: number; resolved: number; breached: number }>;
  byApp: Array<{ appId: string; total: number; open: number }>;
  byCategory: Array<{ category: string; total: number; open: number }>;
  openBreached: number;
  deflections: number;
}

export interface HubStore {
  /** Runs `fn` in one transaction: everything it wrote, or nothing when it throws. */
  write<T>(fn: () => T): T;
  secret(name: string, create: () => string): string;

  nextTicketNumber(): number;
  /** Writes a new ticket; returns its queue row as stored (nothing is read back). */
  insertTicket(
    record: TicketRecord,
    reporterTokenSha256: string,
    reporterKey: string | null,
  ): QueueRow;
  /** Rewrites a ticket; returns its queue row as stored. */
  updateTicket(record: TicketRecord): QueueRow;
  getTicket(id: string): TicketRecord | null;
  ticketIdByReporterToken(tokenSha256: string): string | null;
  appendEvents(ticketId: string, events: readonly TicketEvent[]): void;
  events(ticketId: string): TicketEvent[];
  queue(filter: QueueFilter, limit: number, after: QueueCursor | null): QueueRow[];
  queueRow(id: string): QueueRow | null;
  queueRowsByIds(ids: readonly string[]): QueueRow[];
  /** Ticket ids the SLA clock must look at by `nowMs`, soonest first. */
  slaDue(nowMs: number, limit: number): string[];
  nextSlaWake(): number | null;
  countOpen(): number;

  intakeRequest(ticketId: string): IntakeRecord | null;
  saveIntakeRequest(record: IntakeRecord, at: string): void;

  attachmentByHash(ticketId: string, sha256: string): AttachmentMeta | null;
  insertAttachment(ticketId: string, meta: AttachmentMeta, data: Buffer): void;
  attachment(id: string): StoredAttachment | null;

  knownIssues(): KnownIssue[];
  knownIssue(id: string): KnownIssue | null;
  saveKnownIssue(issue: KnownIssue): void;
  addDeflection(knownIssueId: string, appId: string, summary: string | null, at: string): void;

  recentIncidents(appId: string, since: string): IncidentRecord[];
  incident(id: string): IncidentRecord | null;
  saveIncident(incident: IncidentRecord): void;
  addIncidentTicket(incidentId: string, ticketId: string, reporterKey: string): void;
  /** Member ticket ids, first reported first. */
  incidentTicketIds(incidentId: string, limit: number): string[];

  insertAgent(agent: AgentRecord): void;
  agentByTokenHash(tokenSha256: string): AgentRecord | null;
  agents(): AgentListing[];
  agentRole(id: string): Role | null;
  /** Deactivates an agent's token from `at` on; false when there is no such agent. */
  revokeAgent(id: string, at: string): boolean;

  stats(): HubStats;
  close(): void;
}
