import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import type { TicketEvent } from '@tierdesk/core/model/event';
import { EventTimeline } from './EventTimeline';

const agent = { kind: 'agent' as const, id: 'ada', role: 'L1' as const };
const events: TicketEvent[] = [
  { seq: 2, at: '2026-11-02T09:05:00.000Z', actor: agent, type: 'acknowledged' },
  { seq: 1, at: '2026-11-02T09:00:00.000Z', actor: agent, type: 'assigned', assignee: 'ada' },
];

describe('EventTimeline', () => {
  it('lists events in log order with who and when', () => {
    const { container } = render(
      <EventTimeline events={events} formatTime={(iso) => iso.slice(11, 16)} />,
    );
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['09:00 ada assigned to ada', '09:05 ada acknowledged']);
  });
});
