// Test fixtures for the workflow: one actor per kind and role, instants, tickets in each status.
import type { Actor } from '../../model/agent';
import type { Ticket } from '../../model/ticketState';
import { defaultConfig } from '../../config/defaultConfig';
import { sampleTicket } from '../../testing/sampleTicket';
import { applyAction } from '../applyAction';
import type { TicketAction } from '../ticketAction';

export const config = defaultConfig;

export const actors = {
  l1: { kind: 'agent', id: 'lena', role: 'L1', name: 'Lena' },
  l2: { kind: 'agent', id: 'omar', role: 'L2' },
  l3: { kind: 'agent', id: 'kai', role: 'L3' },
  lead: { kind: 'agent', id: 'rita', role: 'lead' },
  admin: { kind: 'agent', id: 'root', role: 'admin' },
  reporter: { kind: 'reporter', id: 'u-1001' },
  stranger: { kind: 'reporter', id: 'u-2002' },
  system: { kind: 'system', id: 'hub' },
} as const satisfies Record<string, Actor>;

/** `2026-11-02T09:00:00.000Z` plus `minutes`. */
export function at(minutes: number): string {
  return new Date(Date.parse('2026-11-02T09:00:00.000Z') + minutes * 60_000).toISOString();
}

/** A new L1 password-reset ticket. */
export function l1Ticket(overrides: Partial<Ticket> = {}): Ticket {
  return sampleTicket({
    category: 'password_reset',
    tier: 'L1',
    classification: {
      category: 'password_reset',
      tier: 'L1',
      confidence: 0.9,
      needsTriage: false,
      reasons: [],
    },
    ...overrides,
  });
}

/** Runs actions in order (one minute apart), failing loudly on a rejection. */
export function run(ticket: Ticket, steps: [Actor, TicketAction][]): Ticket {
  return steps.reduce((t, [actor, action], i) => {
    const r = applyAction(t, action, actor, at(i + 1), config);
    if (!r.ok) throw new Error(`${action.type}: ${r.error.message}`);
    return r.ticket;
  }, ticket);
}
