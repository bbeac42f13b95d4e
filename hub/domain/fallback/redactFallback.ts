// Stand-in for core/redact until it lands: scrubs the obvious secrets (query-string credentials,
// bearer tokens, JWTs, card-like numbers) from a draft's text and captured context.
import type { TicketDraft } from '@tierdesk/core';

const patterns: Array<[RegExp, string]> = [
  [/\b(eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,})/g, '[redacted:jwt]'],
  [/\b(Bearer\s+)[\w.~+/=-]{8,}/gi, '$1[redacted]'],
  [
    /([?&;](?:password|passwd|pwd|token|access_token|api_key|apikey|secret|session|sid|auth)=)[^&#\s]*/gi,
    '$1[redacted]',
  ],
  [/\b(?:\d[ -]?){13,19}\b/g, '[redacted:number]'],
];

export function redactText(text: string): string {
  return patterns.reduce((t, [re, to]) => t.replace(re, to), text);
}

/** The draft with secrets scrubbed from every free-text and URL field (the hub redacts again). */
export function redactDraft(draft: TicketDraft): TicketDraft {
  return JSON.parse(JSON.stringify(draft), (key, value) =>
    typeof value === 'string' && key !== 'id' && key !== 'createdAt' && key !== 'at'
      ? redactText(value)
      : value,
  ) as TicketDraft;
}
