import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { QueueRow, type QueueRowItem } from './QueueRow';

const item: QueueRowItem = {
  id: 'T1',
  number: 'TD-7',
  summary: '<img src=x onerror=alert(1)> cannot print',
  app: { id: 'payroll', name: 'Payroll' },
  category: 'printer',
  tier: 'L1',
  priority: 'P2',
  status: 'in_progress',
  assignee: 'ada',
  nextDueAt: '2026-11-02T10:00:00.000Z',
  nextDueTimer: 'resolution',
  slaPct: 80,
  breached: false,
  paused: false,
  majorIncident: false,
  needsTriage: false,
};

describe('QueueRow', () => {
  it('shows the ticket as text (never as HTML) and opens it on click', () => {
    const onOpen = vi.fn();
    const now = Date.parse('2026-11-02T09:30:00.000Z');
    const { container } = render(
      <QueueRow item={item} pctAt={now} now={now} selected={false} top={0} onOpen={onOpen} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)> cannot print');
    expect(container.textContent).toContain('in progress');
    expect(container.querySelector('.td-sla')!.getAttribute('data-level')).toBe('warning');
    fireEvent.click(container.querySelector('[data-ticket="TD-7"]')!);
    expect(onOpen).toHaveBeenCalledWith('T1');
  });
});
