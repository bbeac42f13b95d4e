// Scrubs a ticket draft before it is sent (widget, extension) and when it arrives (hub): what
// the user typed and everything captured from the page.
import type { TicketDraft } from '../model/draft';
import type { RedactionOptions } from './redactionOptions';
import { clip } from './clip';
import { fieldLimits } from './fieldLimits';
import { redactPageContext } from './redactPageContext';
import { redactText } from './redactText';

/**
 * The draft with summary, description and context redacted; the rest (ids, reporter, impact)
 * is kept as it is.
 * @example redactDraft({ ...draft, description: 'my password is Winter2025!' }).description // 'my password is [REDACTED:password]'
 */
export function redactDraft(draft: TicketDraft, options: RedactionOptions = {}): TicketDraft {
  return {
    ...draft,
    summary: clip(redactText(draft.summary, options), fieldLimits.summary),
    description: clip(redactText(draft.description, options), fieldLimits.description),
    ...(draft.context === undefined ? {} : { context: redactPageContext(draft.context, options) }),
  };
}
