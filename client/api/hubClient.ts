// The typed client for the reporter-side routes of the hub API (docs/api.md): every answer is
// parsed with zod before it is trusted, and every failure comes back as a value, never a throw.
import type { TicketDraft } from '@tierdesk/core/model/draft';
import type { Impact, Urgency } from '@tierdesk/core/model/enums';
import type { PageContext } from '@tierdesk/core/model/context';
import { createHubCall, type HubClientOptions } from './createHubCall';
import type { HubResult } from './hubFailure';
import {
  attachmentReceiptSchema,
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

export type { HubClientOptions };

export function createHubClient(options: HubClientOptions): HubClient {
  const call = createHubCall(options);
  const keyHeader = { 'X-Tierdesk-Key': options.key };
  const json = { 'Content-Type': 'application/json' };

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
