// Records the store contract writes: valid tickets (core's createTicket), their queue columns,
// events, agents, known issues and incidents, each with the fields a test varies.
import type {
  AttachmentMeta,
  Classification,
  KnownIssue,
  Priority,
  Status,
  Tier,
  TicketEvent,
} from '@tierdesk/core';
import { createTicket } from '../../domain/workflow';
import type { AgentRecord, HubStore, HubTx, IncidentRecord, TicketRecord } from '../hubStore';

export const at = (minute: number): string =>
  new Date(Date.UTC(2026, 10, 2, 9, 0) + minute * 60_000).toISOString();

/** A ULID-shaped id that sorts by `n` (26 Crockford characters). */
export const idOf = (n: number, prefix = '01JD8Z5Q9X'): string =>
  `${prefix}${String(n).padStart(16, '0')}`;

export interface TicketSpec {
  n: number;
  tier?: Tier;
  status?: Status;
  category?: string;
  priority?: Priority;
  app?: string;
  assignee?: string | null;
  /** Minutes from `at(0)` of the next SLA due instant; null: none. */
  dueIn?: number | null;
  slaWakeAt?: number | null;
  breached?: boolean;
}

export function ticketRecord(spec: TicketSpec): TicketRecord {
  const category = spec.category ?? 'how_to';
  const classification: Classification = {
    category,
    tier: spec.tier ?? 'L1',
    confidence: 0.9,
    needsTriage: false,
    reasons: [],
  };
  const { ticket } = createTicket({
    draft: {
      id: idOf(spec.n),
      app: { id: spec.app ?? 'payroll', version: '1.0.0', environment: 'production' },
      source: 'widget',
      summary: `Ticket ${spec.n}`,
      description: `The description of ticket ${spec.n}.`,
      impact: 'individual',
      urgency: 'degraded',
      reporter: { id: `u-${spec.n}`, name: `Reporter ${spec.n}` },
      createdAt: at(0),
    },
    number: `TD-${1000 + spec.n}`,
    appName: (spec.app ?? 'payroll').toUpperCase(),
    classification,
    priority: spec.priority ?? 'P3',
    now: at(0),
    actor: { kind: 'reporter' },
  });
  const dueIn = spec.dueIn === undefined ? spec.n : spec.dueIn;
  return {
    ticket: {
      ...ticket,
      status: spec.status ?? 'new',
      assignee: spec.assignee ?? null,
    },
    queue: {
      nextDueAt: dueIn === null ? null : at(dueIn),
      nextDueTimer: dueIn === null ? null : 'first_response',
      slaPct: dueIn === null ? null : 10,
      breached: spec.breached ?? false,
      paused: false,
      slaWakeAt: spec.slaWakeAt ?? null,
      slaCheckedAt: at(0),
    },
  };
}

export const reporterHash = (n: number): string => n.toString(16).padStart(64, '0');

/** Inserts tickets in one transaction, with their created event. */
export async function insertTickets(store: HubStore, specs: TicketSpec[]): Promise<TicketRecord[]> {
  const records = specs.map(ticketRecord);
  await store.transaction(async (tx) => {
    for (const r of records) await insertOne(tx, r);
  });
  return records;
}

export async function insertOne(tx: HubTx, r: TicketRecord): Promise<void> {
  const n = Number(r.ticket.number.slice(3)) - 1000;
  await tx.insertTicket(r, reporterHash(n), `u-${n}`);
  await tx.appendEvents(r.ticket.id, [createdEvent(r)]);
}

export function createdEvent(r: TicketRecord): TicketEvent {
  return { seq: 1, type: 'created', at: at(0), actor: { kind: 'reporter' }, ticket: r.ticket };
}

export function comment(seq: number, body: string): TicketEvent {
  return {
    seq,
    type: 'commented',
    at: at(seq),
    actor: { kind: 'system', id: 'contract' },
    body,
    visibility: 'internal',
  };
}

export function agentRecord(id: string, createdAt = at(0)): AgentRecord {
  return {
    id,
    name: `Agent ${id}`,
    role: 'L1',
    active: true,
    createdAt,
    revokedAt: null,
    tokenSha256: Buffer.from(id).toString('hex').padEnd(64, '0'),
  };
}

export function knownIssue(id: string, apps: string[] = []): KnownIssue {
  return {
    id,
    title: `Known issue ${id}`,
    symptoms: 'The payslip page shows an error',
    workaround: 'Reload the page',
    apps,
    status: 'open',
    deflections: 0,
    createdAt: at(0),
    updatedAt: at(0),
  };
}

export function incidentRecord(id: string, appId: string, lastAt: string): IncidentRecord {
  return {
    id,
    appId,
    signature: `sig-${id}`,
    terms: ['payslip', 'error'],
    firstAt: at(0),
    lastAt,
    major: false,
    size: 1,
    reporterKeys: ['u-1'],
  };
}

export function attachmentMeta(id: string, sha256: string): AttachmentMeta {
  return {
    id,
    kind: 'screenshot',
    contentType: 'image/png',
    bytes: 4,
    sha256,
    createdAt: at(1),
  };
}
