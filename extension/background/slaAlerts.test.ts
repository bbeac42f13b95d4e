import { describe, expect, it } from 'vitest';
import { sampleQueueItem as q } from '@tierdesk/client/agent/testing/sampleQueueItem';
import { slaAlerts } from './slaAlerts';

describe('slaAlerts', () => {
  it('alerts once at 75 % and once more at breach, for my tier only', () => {
    const at80 = q({ id: 'A', number: 'TD-1', slaPct: 80, nextDueTimer: 'first_response' });
    const other = q({ id: 'B', tier: 'L3', slaPct: 99 });
    const first = slaAlerts([at80, other], 'L1', new Set());
    expect(first.map((a) => a.title)).toEqual(['TD-1 at 75 % of its first response SLA']);
    const shown = new Set(first.map((a) => a.key));
    expect(slaAlerts([at80], 'L1', shown)).toEqual([]);
    const breached = slaAlerts([{ ...at80, slaPct: 101, breached: true }], 'L1', shown);
    expect(breached.map((a) => a.title)).toEqual(['TD-1 breached its first response SLA']);
  });
  it('stays quiet below 75 % and while paused', () => {
    expect(
      slaAlerts([q({ slaPct: 74 }), q({ slaPct: 90, paused: true })], 'L1', new Set()),
    ).toEqual([]);
  });
});
