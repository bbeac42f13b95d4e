import { describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { filterOptions, filterQueue, noFilter, sortQueue } from './queueOrder';

describe('sortQueue', () => {
  it('puts the soonest deadline first, tickets without one last, ties by number', () => {
    const items = [
      q({ id: 'a', number: 'TD-10', nextDueAt: null }),
      q({ id: 'b', number: 'TD-9', nextDueAt: '2026-11-02T12:00:00.000Z' }),
      q({ id: 'c', number: 'TD-2', nextDueAt: '2026-11-02T10:00:00.000Z' }),
      q({ id: 'd', number: 'TD-1', nextDueAt: '2026-11-02T12:00:00.000Z' }),
    ];
    expect(sortQueue(items).map((i) => i.number)).toEqual(['TD-2', 'TD-1', 'TD-9', 'TD-10']);
  });
});

describe('filterQueue', () => {
  const items = [
    q({ id: '1', number: 'TD-1', tier: 'L1', assignee: 'ada', summary: 'VPN drops' }),
    q({ id: '2', number: 'TD-2', tier: 'L2', priority: 'P1', app: { id: 'crm', name: 'CRM' } }),
    q({ id: '3', number: 'TD-3', tier: 'L1', status: 'waiting_on_user', category: 'email' }),
  ];
  const ids = (f: Partial<typeof noFilter>, me: string | null = 'ada') =>
    filterQueue(items, { ...noFilter, ...f }, me).map((i) => i.id);
  it('filters by tier, status, category, priority, app, mine and text', () => {
    expect(ids({})).toEqual(['1', '2', '3']);
    expect(ids({ tier: 'L1' })).toEqual(['1', '3']);
    expect(ids({ status: 'waiting_on_user' })).toEqual(['3']);
    expect(ids({ category: 'email' })).toEqual(['3']);
    expect(ids({ priority: 'P1' })).toEqual(['2']);
    expect(ids({ app: 'crm' })).toEqual(['2']);
    expect(ids({ mine: true })).toEqual(['1']);
    expect(ids({ mine: true }, null)).toEqual([]);
    expect(ids({ text: 'vpn' })).toEqual(['1']);
    expect(ids({ text: 'td-3' })).toEqual(['3']);
  });
  it('offers the apps and categories present', () => {
    expect(filterOptions(items)).toEqual({
      apps: [
        ['crm', 'CRM'],
        ['payroll', 'Payroll'],
      ],
      categories: ['app_defect', 'email'],
    });
  });
});
