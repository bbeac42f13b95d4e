// Builds the ticket draft the Report tab submits: the user's words, the captured (redacted)
// context, and a fresh ULID that is also the idempotency key of intake.
import type { PageContext } from '@tierdesk/core/model/context';
import type { TicketDraft } from '@tierdesk/core/model/draft';
import type { Impact, Urgency } from '@tierdesk/core/model/enums';

export interface ReportInput {
  summary: string;
  description: string;
  impact: Impact;
  urgency: Urgency;
  context: PageContext | null;
  includeContext: boolean;
  shownKnownIssues: string[];
}

export function reportDraft(
  input: ReportInput,
  world: { id: string; app: string; now: number; reporter: { id?: string; name?: string } },
): TicketDraft {
  return {
    id: world.id,
    app: { id: world.app },
    source: 'extension',
    summary: input.summary.trim(),
    description: input.description,
    impact: input.impact,
    urgency: input.urgency,
    reporter: world.reporter,
    ...(input.includeContext && input.context ? { context: input.context } : {}),
    ...(input.shownKnownIssues.length
      ? { shownKnownIssues: input.shownKnownIssues.slice(0, 20) }
      : {}),
    createdAt: new Date(world.now).toISOString(),
  };
}
