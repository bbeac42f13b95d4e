import { render } from 'preact';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { QueueRow, queueRowHeight } from '@tierdesk/ui/triage/QueueRow';
import { plainQueueRow, queueRowHeight as plainRowHeight } from './plainQueueRow';

const now = Date.parse('2026-11-02T10:00:00.000Z');
const reading = fc.record({
  priority: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5' as const),
  status: fc.constantFrom('new', 'in_progress', 'waiting_on_user' as const),
  nextDueAt: fc.option(
    fc.integer({ min: -3e7, max: 3e8 }).map((d) => new Date(now + d).toISOString()),
  ),
  slaPct: fc.option(fc.integer({ min: 0, max: 140 })),
  breached: fc.boolean(),
  paused: fc.boolean(),
  majorIncident: fc.boolean(),
  needsTriage: fc.boolean(),
  assignee: fc.option(fc.string({ maxLength: 5 })),
});

describe('plainQueueRow', () => {
  it('is the element QueueRow renders, for every SLA level, status and flag', () => {
    const box = document.createElement('div');
    fc.assert(
      fc.property(reading, fc.nat(9), fc.boolean(), (r, index, selected) => {
        const item = q(r);
        const pctAt = now - 120_000;
        const top = index * queueRowHeight;
        render(
          <QueueRow
            item={item}
            pctAt={pctAt}
            now={now}
            selected={selected}
            top={top}
            onOpen={() => {}}
          />,
          box,
        );
        const plain = plainQueueRow(document, item, pctAt, now, selected, top);
        expect(plain.outerHTML).toBe(box.innerHTML);
        render(null, box);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps QueueRow’s row height (a copy: importing QueueRow would bring Preact along)', () => {
    expect(plainRowHeight).toBe(queueRowHeight);
  });
});
