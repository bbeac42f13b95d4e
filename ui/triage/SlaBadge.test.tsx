import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { SlaBadge } from './SlaBadge';

const t0 = Date.parse('2026-11-02T09:00:00.000Z');
const base = {
  dueAt: '2026-11-02T10:00:00.000Z',
  pct: 0,
  pctAt: t0,
  breached: false,
  paused: false,
};

describe('SlaBadge', () => {
  it('counts down as `now` moves and changes colour band', () => {
    const { container, rerender } = render(<SlaBadge {...base} now={t0 + 10 * 60_000} />);
    const badge = () => container.querySelector('.td-sla')!;
    expect(badge().textContent).toBe('50m left');
    expect(badge().getAttribute('data-level')).toBe('ok');
    rerender(<SlaBadge {...base} now={t0 + 50 * 60_000} />);
    expect(badge().textContent).toBe('10m left');
    expect(badge().getAttribute('data-level')).toBe('warning');
    rerender(<SlaBadge {...base} now={t0 + 75 * 60_000} />);
    expect(badge().textContent).toBe('15m over');
    expect(badge().getAttribute('data-level')).toBe('breached');
  });
  it('says paused while waiting on the user', () => {
    const { container } = render(<SlaBadge {...base} paused now={t0} />);
    expect(container.textContent).toBe('paused');
  });
  it('names the timer and its due time in a tooltip once the pointer reaches it', () => {
    const { container } = render(<SlaBadge {...base} timer="first_response" now={t0} />);
    const badge = container.querySelector('.td-sla')!;
    // Not formatted in the first frame: locale data is costly to load in a fresh renderer.
    expect(badge.hasAttribute('title')).toBe(false);
    fireEvent.pointerEnter(badge);
    expect(badge.getAttribute('title')).toBe(
      `first response due ${new Date(base.dueAt).toLocaleString()}`,
    );
  });
});
