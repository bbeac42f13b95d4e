import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { QueueList } from './QueueList';

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
