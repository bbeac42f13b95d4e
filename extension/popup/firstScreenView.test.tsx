import { signal } from '@preact/signals';
import { render } from 'preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import type { QueueItem } from '@tierdesk/client/agent/queueSchemas';
import { firstScreenOf } from '../db/firstScreen';
import type { LoadedSettings } from '../settings/settingsStore';
import { createQueueModel } from '../triage/queueModel';
import { sortQueue } from '../triage/queueOrder';
import { firstScreenView } from './firstScreenView';
import { PopupApp } from './PopupApp';
import type { PopupServices } from './popupServices';

const me = { id: 'ada', name: 'Ada <b>', role: 'L1' };
const now = Date.parse('2026-11-02T10:00:00.000Z');

/** Every node, text nodes included one by one (Preact reuses them one by one), with attributes in order. */
function shape(n: Node): unknown {
  if (n.nodeType === 3) return ['#text', n.nodeValue];
  const el = n as Element;
  return [
    el.localName,
    [...el.attributes].map((a) => `${a.name}=${a.value}`),
    ...[...el.childNodes].map(shape),
  ];
}

/** PopupApp's first frame (Preact's own render: no effects run yet) into `box`. */
function preactFirstFrame(items: QueueItem[], total: number, box: HTMLElement) {
  const head = firstScreenOf(sortQueue(items), () => now - 60_000, 'ada');
  head.total = total;
  const model = createQueueModel({
    now: () => now,
    meId: 'ada',
    head,
    store: () => new Promise(() => {}),
  });
  render(
    <PopupApp
      peeked={{ mode: 'agent', me, signedIn: true }}
      verified={signal<LoadedSettings | null>(null)}
      model={model}
      services={signal<PopupServices | null>(null)}
      send={async () => ({ ok: true }) as never}
      openSetup={() => {}}
      initialTicket={null}
      win={window}
    />,
    box,
  );
  return head;
}

const boxes: HTMLElement[] = [];
const box = () => {
  const b = document.createElement('div');
  boxes.push(b);
  return b;
};
afterEach(() => boxes.splice(0).forEach((b) => render(null, b)));

const item = fc.record({
  summary: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('<img src=x onerror=alert(1)>')),
  priority: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5' as const),
  tier: fc.constantFrom('L1', 'L2', 'L3' as const),
  status: fc.constantFrom('new', 'triaged', 'in_progress', 'waiting_on_user' as const),
  assignee: fc.option(fc.string({ maxLength: 6 })),
  nextDueAt: fc.option(
    fc.integer({ min: -3e7, max: 3e8 }).map((d) => new Date(now + d).toISOString()),
  ),
  slaPct: fc.option(fc.integer({ min: 0, max: 140 })),
  breached: fc.boolean(),
  paused: fc.boolean(),
  majorIncident: fc.boolean(),
  needsTriage: fc.boolean(),
});

describe('firstScreenView', () => {
  it('is the tree Preact paints first, node for node, for any queue', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 14 }), fc.nat(20_000), (fields, extra) => {
        const items = fields.map((f, i) =>
          q({ ...(f as Partial<QueueItem>), id: `id${i}`, number: `TD-${100 + i}` }),
        );
        const preact = box();
        const head = preactFirstFrame(items, items.length + extra, preact);
        const plain = firstScreenView(document, { me, screen: head, now });
        expect(shape(plain)).toEqual(shape(preact.firstChild!));
        expect(plain.outerHTML).toBe((preact.firstChild as Element).outerHTML);
      }),
      { numRuns: 25 },
    );
  });

  it('shows user-supplied text as text, never as markup', () => {
    const head = firstScreenOf([q({ summary: '<img src=x onerror=alert(1)>' })], () => now, 'ada');
    const plain = firstScreenView(document, { me, screen: head, now });
    expect(plain.querySelector('img')).toBeNull();
    expect(plain.querySelector('b')).toBeNull();
    expect(plain.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(plain.textContent).toContain('Ada <b> · L1');
  });

  it('is taken over by Preact in place: the same row nodes, the tree a fresh render builds', () => {
    const items = Array.from({ length: 12 }, (_, i) => q({ id: `id${i}`, number: `TD-${i}` }));
    const fresh = box();
    const head = preactFirstFrame(items, 500, fresh);
    const app = box();
    app.append(firstScreenView(document, { me, screen: head, now }));
    const before = [...app.querySelectorAll('[data-ticket]')];
    preactFirstFrame(items, 500, app);
    const after = [...app.querySelectorAll('[data-ticket]')];
    expect(after).toHaveLength(10);
    after.forEach((row, i) => expect(row).toBe(before[i]));
    expect(app.innerHTML).toBe(fresh.innerHTML);
  });
});
