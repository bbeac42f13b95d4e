// The agent side of the hub API: identity, queue, tickets, actions and known issues, with the
// agent token in the Authorization header. Every answer is parsed against docs/api.md.
import * as z from 'zod/mini';
import { knownIssueSchema, type KnownIssue } from '@tierdesk/core/model/knownIssue';
import { type Priority, type Status, type Tier } from '@tierdesk/core/model/enums';
import { agentActionSchema, type AgentAction } from './agentAction';
import {
  actionResultSchema,
  knownIssueListSchema,
  knownIssueMatchListSchema,
  meSchema,
  queuePageSchema,
  ticketViewSchema,
  type ActionResult,
  type KnownIssueMatch,
  type Me,
  type QueuePage,
  type TicketView,
} from './agentSchemas';
import { hubRequest, type HubResult } from './hubRequest';

export interface QueueFilters {
  tier?: Tier;
  status?: Status;
  category?: string;
  priority?: Priority;
  app?: string;
  /** An agent id, or `me` for the caller. */
  assignee?: string;
}

export interface AgentHubClient {
  me(): Promise<HubResult<Me>>;
  queue(
    filters?: QueueFilters,
    page?: { limit?: number; cursor?: string },
  ): Promise<HubResult<QueuePage>>;
  ticket(id: string): Promise<HubResult<TicketView>>;
  act(id: string, action: AgentAction): Promise<HubResult<ActionResult>>;
  knownIssues(): Promise<HubResult<KnownIssue[]>>;
  matchKnownIssues(app: string, q: string): Promise<HubResult<KnownIssueMatch[]>>;
  createKnownIssue(input: unknown): Promise<HubResult<KnownIssue>>;
  attachment(id: string): Promise<HubResult<Blob>>;
}

export interface AgentHubOptions {
  hubUrl: string;
  token: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

export function createAgentHubClient(opts: AgentHubOptions): AgentHubClient {
  const fetchFn = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const headers = { Authorization: `Bearer ${opts.token}` };
  const send = <S extends z.ZodMiniType>(
    path: string,
    schema: S,
    method: 'GET' | 'POST' | 'PUT' = 'GET',
    body?: unknown,
  ) => hubRequest(fetchFn, opts.hubUrl, { method, path, headers, body }, schema, opts.signal);

  return {
    me: () => send('/v1/me', meSchema),
    queue: (filters = {}, page = {}) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...filters, ...page }))
        if (v !== undefined && v !== '') q.set(k, String(v));
      const qs = q.toString();
      return send(`/v1/queue${qs ? `?${qs}` : ''}`, queuePageSchema);
    },
    ticket: (id) => send(`/v1/tickets/${encodeURIComponent(id)}`, ticketViewSchema),
    act: async (id, action) => {
      const checked = z.safeParse(agentActionSchema, action);
      if (!checked.success) {
        const message = checked.error.issues
          .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
          .join('; ');
        return { ok: false, error: { status: 0, code: 'validation_failed', message } };
      }
      return send(
        `/v1/tickets/${encodeURIComponent(id)}/actions`,
        actionResultSchema,
        'POST',
        checked.data,
      );
    },
    knownIssues: async () => unwrapItems(await send('/v1/known-issues', knownIssueListSchema)),
    matchKnownIssues: async (app, q) =>
      unwrapItems(
        await send(
          `/v1/known-issues/match?${new URLSearchParams({ app, q }).toString()}`,
          knownIssueMatchListSchema,
        ),
      ),
    createKnownIssue: (input) => send('/v1/known-issues', knownIssueSchema, 'POST', input),
    attachment: async (id) => {
      try {
        const res = await fetchFn(
          new URL(`/v1/attachments/${encodeURIComponent(id)}`, opts.hubUrl).toString(),
          { headers, signal: opts.signal },
        );
        if (!res.ok)
          return {
            ok: false,
            error: { status: res.status, code: `http_${res.status}`, message: res.statusText },
          };
        return { ok: true, value: await res.blob() };
      } catch (e) {
        return { ok: false, error: { status: 0, code: 'network', message: String(e) } };
      }
    },
  };
}

function unwrapItems<T>(r: HubResult<{ items: T[] }>): HubResult<T[]> {
  return r.ok ? { ok: true, value: r.value.items } : r;
}
