// The synchronous storage interface SQLite implemented first (better-sqlite3). Being replaced by
// the asynchronous HubStore (hubStore.ts); kept only until every caller awaits the new one.
import type { AttachmentMeta, KnownIssue, Role, TicketEvent } from '@tierdesk/core';
import type {
  AgentListing,
  AgentRecord,
  HubStats,
  IncidentRecord,
  IntakeRecord,
  QueueCursor,
  QueueFilter,
  QueueRow,
  StoredAttachment,
  TicketRecord,
} from './hubStore';

export interface SyncHubStore {
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
