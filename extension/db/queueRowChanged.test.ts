import { describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { queueRowChanged } from './queueRowChanged';

const t0 = Date.parse('2026-11-02T09:00:00.000Z');
// Created 09:00, due 13:00: 10 % used at 09:24, 20 % at 09:48.
const row = {
  id: 'A',
  item: q({ id: 'A', slaPct: 10, nextDueAt: '2026-11-02T13:00:00.000Z' }),
  pctAt: t0 + 24 * 60_000,
};

describe('queueRowChanged', () => {
  it('treats a new ticket as changed', () => {
    expect(queueRowChanged(undefined, q(), t0)).toBe(true);
  });

  it('ignores a percentage that moved as the cached reading predicts', () => {
    const later = t0 + 48 * 60_000;
    expect(queueRowChanged(row, { ...row.item, slaPct: 20 }, later)).toBe(false);
    expect(queueRowChanged(row, { ...row.item, slaPct: 20.8 }, later)).toBe(false);
  });

  it('notices a percentage the clock does not explain (a pause, business hours)', () => {
    expect(queueRowChanged(row, { ...row.item, slaPct: 10 }, t0 + 48 * 60_000)).toBe(true);
    expect(queueRowChanged(row, { ...row.item, slaPct: null }, t0)).toBe(true);
  });

  it('notices any other field, nested ones included', () => {
    const at = row.pctAt;
    expect(queueRowChanged(row, { ...row.item }, at)).toBe(false);
    expect(queueRowChanged(row, { ...row.item, status: 'triaged' }, at)).toBe(true);
    expect(queueRowChanged(row, { ...row.item, assignee: 'ada' }, at)).toBe(true);
    expect(queueRowChanged(row, { ...row.item, app: { id: 'payroll', name: 'Pay' } }, at)).toBe(
      true,
    );
    expect(queueRowChanged(row, { ...row.item, breached: true }, at)).toBe(true);
  });
});
