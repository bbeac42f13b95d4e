// The hub calls the open ticket form makes as the user types: the live triage preview (with
// matching known issues), "this solved it", and the app's public config. A slice of the reporter
// client, so the widget's dialog file carries only the answer schemas it reads.
import { createHubCall, type HubClientOptions } from './createHubCall';
import type { TriagePreviewInput } from './hubClient';
import type { HubResult } from './hubFailure';
import {
  previewSummarySchema,
  publicConfigSchema,
  type PreviewSummary,
  type PublicConfig,
} from './formSchemas';

export interface FormClient {
  previewTriage(
    input: TriagePreviewInput,
    signal?: AbortSignal,
  ): Promise<HubResult<PreviewSummary>>;
  deflect(knownIssueId: string, summary?: string): Promise<HubResult<null>>;
  publicConfig(app: string): Promise<HubResult<PublicConfig>>;
}

export function createFormClient(options: HubClientOptions): FormClient {
  const call = createHubCall(options);
  const keyHeader = { 'X-Tierdesk-Key': options.key };
  const jsonPost = {
    method: 'POST',
    headers: { ...keyHeader, 'Content-Type': 'application/json' },
  };
  return {
    previewTriage: (input, signal) =>
      call(
        '/v1/triage/preview',
        { ...jsonPost, body: JSON.stringify(input), signal },
        previewSummarySchema,
      ),
    deflect: (knownIssueId, summary) =>
      call(
        `/v1/known-issues/${encodeURIComponent(knownIssueId)}/deflections`,
        { ...jsonPost, body: JSON.stringify(summary ? { summary } : {}) },
        null,
      ),
    publicConfig: (app) =>
      call(
        `/v1/config/public?${new URLSearchParams({ app })}`,
        { headers: keyHeader },
        publicConfigSchema,
      ),
  };
}
