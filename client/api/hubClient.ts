// The typed client for the reporter-side routes of the hub API (docs/api.md): every answer is
// parsed with zod before it is trusted, and every failure comes back as a value, never a throw.
import * as z from 'zod/mini';
import type { TicketDraft } from '@tierdesk/core/model/draft';
import type { Impact, Urgency } from '@tierdesk/core/model/enums';
import type { PageContext } from '@tierdesk/core/model/context';
import { parseRetryAfter, type HubFailure, type HubResult } from './hubFailure';
import {
  attachmentReceiptSchema,
  hubErrorBodySchema,
  intakeReceiptSchema,
  knownIssueMatchesSchema,
  publicConfigSchema,
  reporterTicketsSchema,
  triagePreviewSchema,
  type AttachmentReceipt,
  type IntakeReceipt,
  type KnownIssueMatch,
  type PublicConfig,
  type ReporterTicket,
  type TriagePreview,
} from './schemas';

export interface HubClientOptions {
  /** Base URL of the hub, e.g. `https://hub.example` (no trailing slash needed). */
  hub: string;
  /** The app's public intake key (`pk_…`). */
  key: string;
  /** The fetch to use: pass the page's original, unwrapped one. */
  fetch: typeof fetch;
  /** Clock for `Retry-After` dates. */
  now?: () => number;
}

export interface TriagePreviewInput {
  app: string;
  summary: string;
  description: string;
  impact: Impact;
  urgency: Urgency;
  context?: PageContext;
}

export interface UploadOptions {
  kind: 'screenshot' | 'file';
  name?: string;
}

export interface HubClient {
  submitTicket(draft: TicketDraft): Promise<HubResult<IntakeReceipt>>;
  uploadAttachment(
    ticketId: string,
    reporterToken: string,
    bytes: Blob,
    options: UploadOptions,
  ): Promise<HubResult<AttachmentReceipt>>;
  previewTriage(input: TriagePreviewInput, signal?: AbortSignal): Promise<HubResult<TriagePreview>>;
  matchKnownIssues(
    app: string,
    q: string,
    signal?: AbortSignal,
  ): Promise<HubResult<KnownIssueMatch[]>>;
  deflect(knownIssueId: string, summary?: string): Promise<HubResult<null>>;
  reporterTickets(tokens: string[]): Promise<HubResult<ReporterTicket[]>>;
  publicConfig(app: string): Promise<HubResult<PublicConfig>>;
}

type Schema<T> = z.ZodMiniType<T>;

export function createHubClient(options: HubClientOptions): HubClient {
  const base = options.hub.replace(/\/+$/, '');
  const now = options.now ?? (() => Date.now());
  const keyHeader = { 'X-Tierdesk-Key': options.key };
  const json = { 'Content-Type': 'application/json' };

  async function call<T>(
    path: string,
    init: RequestInit,
    schema: Schema<T> | null,
  ): Promise<HubResult<T>> {
    let response: Response;
    try {
      response = await options.fetch(base + path, { ...init, credentials: 'omit' });
    } catch (error) {
      if ((error as { name?: string } | null)?.name === 'AbortError') throw error;
      return fail({ kind: 'network', status: 0, code: 'network', message: String(error) });
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) return fail(httpFailure(response, text, now()));
    if (schema === null) return { ok: true, value: null as T, status: response.status };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fail(invalid(response.status, 'the answer is not JSON'));
    }
    const parsed = z.safeParse(schema, body);
    if (!parsed.success) {
      const where = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
      return fail(invalid(response.status, `unexpected answer at ${where}`));
    }
    return { ok: true, value: parsed.data, status: response.status };
  }

  return {
    submitTicket: (draft) =>
      call(
        '/v1/tickets',
        { method: 'POST', headers: { ...keyHeader, ...json }, body: JSON.stringify(draft) },
        intakeReceiptSchema,
      ),
    uploadAttachment: (ticketId, reporterToken, bytes, { kind, name }) => {
      const query = new URLSearchParams({ kind });
      if (name) query.set('name', name);
      return call(
        `/v1/tickets/${encodeURIComponent(ticketId)}/attachments?${query}`,
        {
          method: 'POST',
          headers: {
            ...keyHeader,
            'X-Tierdesk-Reporter': reporterToken,
            'Content-Type': bytes.type || 'application/octet-stream',
          },
          body: bytes,
        },
        attachmentReceiptSchema,
      );
    },
    previewTriage: (input, signal) =>
      call(
        '/v1/triage/preview',
        { method: 'POST', headers: { ...keyHeader, ...json }, body: JSON.stringify(input), signal },
        triagePreviewSchema,
      ),
    matchKnownIssues: async (app, q, signal) => {
      const query = new URLSearchParams({ app, q });
      const result = await call(
        `/v1/known-issues/match?${query}`,
        { headers: keyHeader, signal },
        knownIssueMatchesSchema,
      );
      return result.ok ? { ...result, value: result.value.items } : result;
    },
    deflect: (knownIssueId, summary) =>
      call(
        `/v1/known-issues/${encodeURIComponent(knownIssueId)}/deflections`,
        {
          method: 'POST',
          headers: { ...keyHeader, ...json },
          body: JSON.stringify(summary ? { summary } : {}),
        },
        null,
      ),
    reporterTickets: async (tokens) => {
      const result = await call(
        '/v1/reporter/tickets',
        { method: 'POST', headers: json, body: JSON.stringify({ tokens: tokens.slice(0, 50) }) },
        reporterTicketsSchema,
      );
      return result.ok ? { ...result, value: result.value.items } : result;
    },
    publicConfig: (app) =>
      call(
        `/v1/config/public?${new URLSearchParams({ app })}`,
        { headers: keyHeader },
        publicConfigSchema,
      ),
  };
}

function fail(error: HubFailure): { ok: false; error: HubFailure } {
  return { ok: false, error };
}

function invalid(status: number, message: string): HubFailure {
  return { kind: 'invalid_response', status, code: 'invalid_response', message };
}

function httpFailure(response: Response, text: string, nowMs: number): HubFailure {
  let code = `http_${response.status}`;
  let message = response.statusText || code;
  try {
    const parsed = z.safeParse(hubErrorBodySchema, JSON.parse(text));
    if (parsed.success) ({ code, message } = parsed.data.error);
  } catch {
    // Not our JSON error (a proxy's HTML page, say): keep the status as the code.
  }
  const retryAfterSec = parseRetryAfter(response.headers.get('Retry-After'), nowMs);
  return { kind: 'http', status: response.status, code, message, retryAfterSec };
}
