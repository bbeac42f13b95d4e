// Test fixtures: a Tierdesk event log built step by step (tests only).
import type { TicketEvent } from '../../model/event';
import type { Priority, Status } from '../../model/enums';
import { sampleTicket } from '../../testing/sampleTicket';

type Step = { at: string } & Record<string, unknown>;

export function ticketLog(
  created: { at: string; priority: Priority; status?: Status },
  steps: Step[] = [],
): TicketEvent[] {
  const agent = { kind: 'agent' as const, id: 'sam', role: 'L1' as const };
  const events: TicketEvent[] = [
    {
      seq: 1,
      at: created.at,
      actor: { kind: 'reporter' },
      type: 'created',
      ticket: sampleTicket({
        priority: created.priority,
        status: created.status ?? 'new',
        createdAt: created.at,
        updatedAt: created.at,
      }),
    },
  ];
  for (const s of steps)
    events.push({ actor: agent, ...s, seq: events.length + 1 } as unknown as TicketEvent);
  return events;
}
