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

describe('TriageTab', () => {
  it('paints the rows first and the filter bar in the frame after', async () => {
    vi.useFakeTimers();
    const box = document.createElement('div');
    try {
      const model = createQueueModel({
        now: () => 0,
        meId: 'ada',
        head,
        store: () => new Promise(() => {}),
      });
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
    const model = createQueueModel({
      now: () => 0,
      meId: 'ada',
      head,
      store: () => new Promise(() => {}),
    });
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
    const model = createQueueModel({
      now: () => 0,
      meId: 'ada',
      head,
      store: () => new Promise(() => {}),
    });
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
});
