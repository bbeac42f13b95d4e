import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { createQueueModel } from './queueModel';
import type { PopupServices } from '../popup/popupServices';
import { TriageTab } from './TriageTab';

const head = {
  v: 1 as const,
  agentId: 'ada',
  total: 2,
  rows: [
    { item: q({ id: 'a', number: 'TD-1' }), pctAt: 0 },
    { item: q({ id: 'b', number: 'TD-2' }), pctAt: 0 },
  ],
};

/** A model over `head` whose cache never answers: the list shows the head alone. */
const headModel = () =>
  createQueueModel({ now: () => 0, meId: 'ada', head, store: () => new Promise(() => {}) });

describe('TriageTab', () => {
  it('paints the rows first and the filter bar in the frame after', async () => {
    vi.useFakeTimers();
    const box = document.createElement('div');
    try {
      const model = headModel();
      // Preact's own render: effects wait for a paint (testing-library's would flush them).
      render(
        <TriageTab
          model={model}
          services={null}
          meId="ada"
          refresh={async () => ({ ok: true })}
          win={window}
        />,
        box,
      );
      const rows = () => [...box.querySelectorAll('[data-ticket]')].map((r) => r.textContent);
      expect(rows()).toHaveLength(2);
      expect(box.querySelector('input[type="search"]')).toBeNull();
      expect(box.querySelector('.td-filters')).not.toBeNull(); // its space is kept
      await vi.advanceTimersByTimeAsync(100);
      expect(box.querySelector('input[type="search"]')).not.toBeNull();
      expect(box.querySelectorAll('select')).toHaveLength(5);
    } finally {
      render(null, box);
      vi.useRealTimers();
    }
  });

  it('says how many cached rows were skipped as unreadable', async () => {
    const box = document.createElement('div');
    const model = headModel();
    const tab = (
      <TriageTab
        model={model}
        services={null}
        meId="ada"
        refresh={async () => ({ ok: true })}
        win={window}
      />
    );
    try {
      render(tab, box);
      const status = () => box.querySelector('.td-queue-status')!.textContent;
      expect(status()).not.toContain('unreadable');
      model.dropped.value = 4;
      await new Promise((r) => setTimeout(r, 20));
      expect(status()).toContain('4 unreadable cached rows skipped');
    } finally {
      render(null, box);
    }
  });

  it('refreshes the queue when the stream says the hub could not replay what it missed', async () => {
    const box = document.createElement('div');
    const model = headModel();
    let refreshes = 0;
    let resync: ((reason: string) => void) | undefined;
    const services = {
      streamQueue: (o: { onResync?: (reason: string) => void; signal: AbortSignal }) => {
        resync = o.onResync;
        return new Promise<void>((r) => o.signal.addEventListener('abort', () => r()));
      },
    } as unknown as PopupServices;
    try {
      render(
        <TriageTab
          model={model}
          services={services}
          meId="ada"
          refresh={async () => (refreshes++, { ok: false, error: 'offline' })}
          win={window}
        />,
        box,
      );
      await vi.waitFor(() => expect(resync).toBeTypeOf('function'));
      const before = refreshes; // opening the stream reads the queue once
      resync!('not_this_feed');
      await vi.waitFor(() => expect(refreshes).toBe(before + 1));
    } finally {
      render(null, box);
    }
  });

  it('replays the keys pressed on the painted queue before it took over, up to one that opens', async () => {
    const mount = (earlyKeys: KeyboardEventInit[], initialTicket: string | null = null) => {
      const box = document.createElement('div');
      document.body.append(box);
      const model = headModel();
      render(
        <TriageTab
          model={model}
          services={null}
          meId="ada"
          refresh={async () => ({ ok: true })}
          initialTicket={initialTicket}
          earlyKeys={earlyKeys}
          win={window}
        />,
        box,
      );
      return { box, model };
    };
    const selected = (box: HTMLElement) =>
      box.querySelector('[aria-selected="true"]')?.getAttribute('data-ticket');

    // j, then Enter opens TD-2; the k after it is not replayed (it would move the selection back).
    const a = mount([{ key: 'j' }, { key: 'Enter' }, { key: 'k' }]);
    await vi.waitFor(() => expect(a.model.selectedItem()?.id).toBe('b'));
    await vi.waitFor(() => expect(a.box.querySelector('.td-queue')).toBeNull()); // the ticket view
    render(null, a.box);

    // A modified key is no shortcut; only the j moves the selection.
    const b = mount([{ key: 'j', ctrlKey: true }, { key: 'j' }]);
    await vi.waitFor(() => expect(selected(b.box)).toBe('TD-2'));
    // Replayed once: later renders do not move it again.
    b.model.tick();
    await new Promise((r) => setTimeout(r, 20));
    expect(selected(b.box)).toBe('TD-2');
    render(null, b.box);

    // A ticket clicked before the takeover is open: the keys are dropped.
    const c = mount([{ key: 'j' }], 'a');
    await new Promise((r) => setTimeout(r, 20));
    expect(c.model.selectedItem()?.id).toBe('a');
    render(null, c.box);
  });
});
