import { describe, expect, it } from 'vitest';
import { FactsReplay } from '../engine/factsReplay';
import type { FactsStep, TicketFacts } from '../engine/ticketFacts';
import { randomTicketLog } from '../testing/randomTicketLog';
import { ticketLog } from '../testing/ticketLog';
import { readTicketSlaLog } from './readTicketSlaLog';
import { TicketReplayLog } from './ticketReplayLog';
import { tierdeskStatusMap } from './ticketSlaEvents';
import type { TicketEvent } from '../../model/event';
import type { StatusCategory } from '../engine/definitionSchema';

/** A seeded generator (mulberry32), so a failing log can be rebuilt. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const options = { statusOf: (raw: unknown) => tierdeskStatusMap[raw as string] as StatusCategory };
const plain = (f: TicketFacts | null) => (f ? { ...f, fields: f.fields.toRecord() } : null);
const plainStep = (s: FactsStep) => ({ ...s, before: plain(s.before), after: plain(s.after) });

/** Every step of the log as the reader folds it, beside the case events' fold. */
function compare(log: readonly TicketEvent[]) {
  const read = readTicketSlaLog(log, true);
  const reader = new TicketReplayLog(log, true);
  expect(reader.outOfOrder).toBe(false);
  expect(reader.instants).toEqual(read.instants);
  expect(reader.texts).toEqual(read.texts);
  const byIndex = new FactsReplay(options, reader.layout);
  const byName = new FactsReplay(options);
  read.events.forEach((event, k) => {
    expect(reader.next()).toBe(true);
    expect(reader.at).toBe(read.instants[k]);
    const mine = plainStep(reader.fold(byIndex));
    expect(mine).toEqual(plainStep(byName.fold(event, read.instants[k]!)));
  });
  expect(reader.next()).toBe(false);
}

describe('TicketReplayLog', () => {
  it('folds each event as its case event folds, with the same instants and texts', () => {
    for (let seed = 1; seed <= 200; seed++) compare(randomTicketLog(seeded(seed)));
  });
  it('leaves out status events that change nothing, as readTicketSlaLog does', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }, [
      { at: '2026-11-02T10:09:00.000Z', type: 'resolved', resolution: 'fixed' },
      { at: '2026-11-02T10:09:00.000Z', type: 'status_changed', from: 'new', to: 'resolved' },
      { at: '2026-11-02T10:10:00Z', type: 'acknowledged' },
    ]);
    const reader = new TicketReplayLog(log, true);
    expect(reader.instants.length).toBe(3);
    expect(reader.texts).toEqual(['2026-11-02T10:00:00.000Z', '2026-11-02T10:09:00.000Z', null]);
    expect(reader.last).toBe(Date.parse('2026-11-02T10:10:00Z'));
    compare(log);
  });
  it('finds a log out of order (time, then sequence: R19), which a sorted copy reads', () => {
    const log = randomTicketLog(seeded(7));
    const swapped = [log[0]!, log[2]!, log[1]!, ...log.slice(3)];
    if (swapped[1]!.at !== swapped[2]!.at) {
      expect(new TicketReplayLog(swapped, true).outOfOrder).toBe(true);
    }
    const sameInstant = [...log];
    sameInstant[2] = { ...sameInstant[2]!, at: sameInstant[1]!.at, seq: -1 };
    expect(new TicketReplayLog(sameInstant, true).outOfOrder).toBe(true);
    expect(new TicketReplayLog(sameInstant, false).outOfOrder).toBe(false);
  });
  it('replays nothing when the first event that bears on SLAs is not the creation', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }, [
      { at: '2026-11-02T10:10:00.000Z', type: 'acknowledged' },
    ]);
    const reader = new TicketReplayLog(log.slice(1), true);
    expect(reader.noCreated).toBe(true);
    expect(reader.next()).toBe(false);
    expect(reader.last).toBe(-Infinity);
    // …but a log whose creation is only out of place is found out of order first.
    const late = new TicketReplayLog([log[1]!, log[0]!], true);
    expect(late.outOfOrder).toBe(true);
  });
});
