// What a rejected action answers: a code the hub maps to HTTP, and a sentence for a person.
import type { NewTicketEvent } from '../model/event';
import type { Ticket } from '../model/ticketState';

export type WorkflowErrorCode =
  /** The actor may not take this action on this ticket (role, tier, ownership). */
  | 'forbidden'
  /** The action makes no sense in the ticket's current status. */
  | 'invalid_transition'
  /** The action's fields are wrong (shape, unknown category, lower tier, nothing changes …). */
  | 'invalid_action'
  /** Reopen asked after `workflow.reopenWindowDays` since the resolution. */
  | 'reopen_window_passed'
  /** Escalation notes that say nothing (blank, punctuation, repeats, too short). */
  | 'notes_required';

export interface WorkflowError {
  code: WorkflowErrorCode;
  /** Written for the person who pressed the button. */
  message: string;
  /** The action field at fault, when one is (`notes`, `category` …). */
  field?: string;
}

export type WorkflowResult =
  { ok: true; ticket: Ticket; events: NewTicketEvent[] } | { ok: false; error: WorkflowError };

/** Builds a `WorkflowError`. */
export function workflowError(
  code: WorkflowErrorCode,
  message: string,
  field?: string,
): WorkflowError {
  return field === undefined ? { code, message } : { code, message, field };
}
