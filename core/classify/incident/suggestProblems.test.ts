import { describe, expect, it } from 'vitest';
import { suggestProblems } from './suggestProblems';

const item = (ticketId: string, createdAt: string, category = 'app_defect', appId = 'payroll') => ({
  ticketId,
  appId,
  category,
  createdAt,
});

describe('suggestProblems (R50)', () => {
  const now = '2026-11-09T12:00:00.000Z';

  it('suggests a problem on the third ticket of one app and category within 7 days', () => {
    const history = [
      item('t1', '2026-11-03T09:00:00.000Z'),
      item('t2', '2026-11-05T09:00:00.000Z'),
    ];
    expect(suggestProblems(history, now)).toEqual([]);
    const third = [...history, item('t3', '2026-11-09T08:00:00.000Z')];
    expect(suggestProblems(third, now)).toEqual([
      {
        appId: 'payroll',
        category: 'app_defect',
        ticketIds: ['t1', 't2', 't3'],
        firstAt: '2026-11-03T09:00:00.000Z',
        lastAt: '2026-11-09T08:00:00.000Z',
      },
    ]);
  });

  it('does not mix apps or categories, ignores old and untriaged tickets, honours options', () => {
    const history = [
      item('old', '2026-11-01T09:00:00.000Z'),
      item('a', '2026-11-08T09:00:00.000Z'),
      item('b', '2026-11-08T10:00:00.000Z', 'network'),
      item('c', '2026-11-08T11:00:00.000Z', 'app_defect', 'crm'),
      item('d', '2026-11-08T12:00:00.000Z', 'needs_triage'),
      item('e', '2026-11-08T13:00:00.000Z', 'needs_triage'),
      item('f', '2026-11-08T14:00:00.000Z', 'needs_triage'),
    ];
    expect(suggestProblems(history, now)).toEqual([]);
    expect(suggestProblems(history, now, { windowDays: 10, threshold: 2 })[0]!.ticketIds).toEqual([
      'old',
      'a',
    ]);
  });
});
