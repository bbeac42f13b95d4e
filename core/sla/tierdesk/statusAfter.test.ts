import { describe, expect, it } from 'vitest';
import { statusAfter } from './statusAfter';

const ev = (e: Record<string, unknown>) => e as unknown as Parameters<typeof statusAfter>[0];

describe('statusAfter', () => {
  it('follows status changes, resolves and closes', () => {
    expect(statusAfter(ev({ type: 'status_changed', to: 'waiting_on_user' }), 'new')).toBe(
      'waiting_on_user',
    );
    expect(statusAfter(ev({ type: 'resolved' }), 'in_progress')).toBe('resolved');
    expect(statusAfter(ev({ type: 'closed' }), 'resolved')).toBe('closed');
  });

  it('reopens to in progress only from resolved or closed', () => {
    expect(statusAfter(ev({ type: 'reopened' }), 'resolved')).toBe('in_progress');
    expect(statusAfter(ev({ type: 'reopened' }), 'closed')).toBe('in_progress');
    expect(statusAfter(ev({ type: 'reopened' }), 'waiting_on_user')).toBe('waiting_on_user');
  });
});
