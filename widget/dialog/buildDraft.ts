// Turns the form, the kept context and the reporter into the TicketDraft the hub takes
// (core's schema), trimmed to its limits.
import type { PageContext } from '@tierdesk/core/model/context';
import type { Reporter, TicketDraft } from '@tierdesk/core/model/draft';
import type { TicketFormValue } from '@tierdesk/ui/TicketForm';

export interface DraftInput {
  id: string;
  app: string;
  form: TicketFormValue;
  context: PageContext | undefined;
  reporter: Reporter;
  shownKnownIssues: string[];
  now: number;
}

export function buildDraft(input: DraftInput): TicketDraft {
  return {
    id: input.id,
    app: { id: input.app },
    source: 'widget',
    summary: input.form.summary.trim().slice(0, 200),
    description: input.form.description.slice(0, 10_000),
    impact: input.form.impact,
    urgency: input.form.urgency,
    reporter: input.reporter,
    context: input.context,
    shownKnownIssues: input.shownKnownIssues.length
      ? input.shownKnownIssues.slice(0, 20)
      : undefined,
    createdAt: new Date(input.now).toISOString(),
  };
}
