import { describe, expect, it } from 'vitest';
import { metricSignals } from './metricSignals';
import { compileSlaCase } from './compileSlaCase';
import { foldTicketFacts, type FactsStep } from './ticketFacts';
import type { ConditionContext } from './condition';
import type { Metric, StatusCategory } from './definitionSchema';
import type { CaseEvent } from './slaCaseSchema';

const def = (metric: Metric) =>
  compileSlaCase({
    definitions: [{ id: 'd', metric, target: '1h' }],
    events: [{ at: '2025-06-02T09:00:00Z', type: 'created' }],
    now: '2025-06-02T09:00:00Z',
  }).definitions.get('d')![0]!;
const options = { statusOf: (s: unknown) => s as StatusCategory };
const ctx = (step: FactsStep): ConditionContext => ({
  get: (f) => step.after.fields.get(f),
  getBefore: () => undefined,
  eventType: step.type,
});

function steps(events: Omit<CaseEvent, 'at'>[]): FactsStep[] {
  const out: FactsStep[] = [];
  events.forEach((e, i) =>
    out.push(
      foldTicketFacts(out[i - 1]?.after ?? null, { ...e, at: '' } as CaseEvent, i * 1000, options),
    ),
  );
  return out;
}

describe('metricSignals', () => {
  const log = steps([
    { type: 'created' },
    { type: 'agent_reply', public: false },
    { type: 'agent_reply' },
    { type: 'customer_message' },
    { type: 'update', set: { status: 'pending' } },
  ]);
  it('FIRST_RESPONSE starts at creation and stops at the first public reply only (R31)', () => {
    const d = def('first_response');
    expect(metricSignals(d, log[0]!, ctx(log[0]!), true)).toMatchObject({
      start: true,
      stop: false,
      startAt: 0,
    });
    expect(metricSignals(d, log[1]!, ctx(log[1]!), true).stop).toBe(false);
    expect(metricSignals(d, log[2]!, ctx(log[2]!), true).stop).toBe(true);
  });
  it('NEXT_RESPONSE waits for the first response when one is configured (R32, E3)', () => {
    const d = def('next_response');
    expect(metricSignals(d, log[0]!, ctx(log[0]!), true).start).toBe(false);
    expect(metricSignals(d, log[0]!, ctx(log[0]!), false).start).toBe(true);
    expect(metricSignals(d, log[3]!, ctx(log[3]!), true)).toMatchObject({
      start: true,
      startAt: 3000,
    });
  });
  it('PERIODIC_UPDATE restarts at each response; the pausable variant pauses in pending (R33)', () => {
    expect(metricSignals(def('periodic_update'), log[2]!, ctx(log[2]!), true)).toMatchObject({
      start: true,
      reset: true,
      startAt: 2000,
    });
    expect(metricSignals(def('periodic_update'), log[4]!, ctx(log[4]!), true).pause).toBe(false);
    expect(metricSignals(def('pausable_update'), log[4]!, ctx(log[4]!), true).pause).toBe(true);
  });
  it('REQUESTER_WAIT pauses only in pending; AGENT_WORK also on hold (R35, R36)', () => {
    const hold = steps([{ type: 'created' }, { type: 'update', set: { status: 'on_hold' } }])[1]!;
    expect(metricSignals(def('requester_wait'), hold, ctx(hold), false).pause).toBe(false);
    expect(metricSignals(def('agent_work'), hold, ctx(hold), false).pause).toBe(true);
  });
  it('RESOLUTION stops at solved or closed and cancels on merge (R34, R38)', () => {
    const [, solved] = steps([{ type: 'created' }, { type: 'update', set: { status: 'solved' } }]);
    expect(metricSignals(def('resolution'), solved!, ctx(solved!), false)).toMatchObject({
      stop: true,
      start: false,
    });
    const [, merged] = steps([{ type: 'created' }, { type: 'update', set: { status: 'merged' } }]);
    expect(metricSignals(def('resolution'), merged!, ctx(merged!), false).cancel).toBe(true);
  });
});
