// The ticket workflow as a pure function: (ticket, action, actor, now, config) → the new ticket
// and the events that made it, or a typed error that changes nothing.
import type { Actor } from '../model/agent';
import type { TierdeskConfig } from '../model/config';
import { parseWith } from '../model/parse';
import { instantSchema } from '../model/primitives';
import type { Ticket } from '../model/ticketState';
import { actionEvents } from './actionEvents';
import { actionRefusal } from './actionRefusal';
import { applyEvent } from './applyEvent';
import { ticketActionSchema, type TicketAction } from './ticketAction';
import { workflowError, type WorkflowResult } from './workflowError';

/**
 * Takes `action` on `ticket` for `actor` at `now`. The action is parsed again here (a typed
 * value may still carry blank text), then the gate (role, tier, status, reopen window), then
 * the fields; the events are folded with `applyEvent`, so `replayTicket` of the stored log
 * gives back the returned ticket.
 * @example applyAction(ticket, { type: 'acknowledge' }, agent, now, config) // { ok: true, ticket: { status: 'in_progress', … }, events }
 */
export function applyAction(
  ticket: Ticket,
  action: TicketAction,
  actor: Actor,
  now: string,
  config: TierdeskConfig,
): WorkflowResult {
  const parsed = parseWith(ticketActionSchema, action);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    return {
      ok: false,
      error: workflowError(
        'invalid_action',
        parsed.message,
        first && first.path !== '(root)' ? first.path : undefined,
      ),
    };
  }
  if (!parseWith(instantSchema, now).ok) {
    return {
      ok: false,
      error: workflowError('invalid_action', `"${now}" is not a UTC instant.`, 'now'),
    };
  }
  // Hub processes' clocks differ by a little: a ticket's log never runs backwards.
  const at = Date.parse(now) < Date.parse(ticket.updatedAt) ? ticket.updatedAt : now;
  const refusal = actionRefusal(ticket, parsed.value.type, actor, at, config);
  if (refusal) return { ok: false, error: refusal };
  const events = actionEvents(ticket, parsed.value, actor, at, config);
  if (!Array.isArray(events)) return { ok: false, error: events };
  return { ok: true, ticket: events.reduce<Ticket>(applyEvent, ticket), events };
}
