import { describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { badgeText, urgentCount } from './myTierTickets';

describe('urgentCount', () => {
  const items = [
    q({ id: '1', tier: 'L1', slaPct: 74 }),
    q({ id: '2', tier: 'L1', slaPct: 75 }),
    q({ id: '3', tier: 'L1', slaPct: 20, breached: true }),
    q({ id: '4', tier: 'L2', slaPct: 90 }),
    q({ id: '5', tier: 'L1', slaPct: 95, paused: true }),
  ];
  it('counts my tier at ≥ 75 % or breached, not paused ones', () => {
    expect(urgentCount(items, 'L1')).toBe(2);
    expect(urgentCount(items, 'L2')).toBe(1);
  });
  it('counts every tier for a lead', () => {
    expect(urgentCount(items, 'lead')).toBe(3);
  });
  it('shows no badge at zero and caps large counts', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(4000)).toBe('999+');
  });
});
