import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render } from '@testing-library/preact';
import { render as renderNow } from 'preact';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { QueueList, queueOverscan } from './QueueList';

const many = Array.from({ length: 10_000 }, (_, i) => q({ id: `T${i}`, number: `TD-${i + 1}` }));

describe('QueueList', () => {
  it('renders only the rows in view out of 10,000', () => {
    const { container } = render(
      <QueueList
        items={many}
        now={0}
        pctAtOf={() => 0}
        selected={0}
        onOpen={() => {}}
        height={440}
      />,
    );
    const rows = container.querySelectorAll('[data-ticket]');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]!.getAttribute('data-ticket')).toBe('TD-1');
  });

  it('paints the rows in view first, and the scrolling margin after that paint', async () => {
    vi.useFakeTimers();
    const container = document.createElement('div');
    try {
      // Preact's own render (testing-library's flushes effects at once, as if painted already).
      renderNow(
        <QueueList
          items={many}
          now={0}
          pctAtOf={() => 0}
          selected={0}
          onOpen={() => {}}
          height={440}
        />,
        container,
      );
      const count = () => container.querySelectorAll('[data-ticket]').length;
      expect(count()).toBe(10); // 440 px of 44 px rows
      await act(async () => void (await vi.advanceTimersByTimeAsync(100)));
      expect(count()).toBe(10 + queueOverscan);
    } finally {
      renderNow(null, container);
      vi.useRealTimers();
    }
  });

  it('renders the rows at the scroll position and opens on click', () => {
    const onOpen = vi.fn();
    const { container } = render(
      <QueueList
        items={many}
        now={0}
        pctAtOf={() => 0}
        selected={0}
        onOpen={onOpen}
        height={440}
      />,
    );
    const box = container.querySelector('.td-queue') as HTMLDivElement;
    box.scrollTop = 44 * 5000;
    fireEvent.scroll(box);
    const row = container.querySelector('[data-ticket="TD-5001"]');
    expect(row).not.toBeNull();
    fireEvent.click(row!);
    expect(onOpen).toHaveBeenCalledWith('T5000');
  });
});
