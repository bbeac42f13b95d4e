import { describe, expect, it } from 'vitest';
import { readTicketSlaLog } from './readTicketSlaLog';
import { ticketSlaEvents } from './ticketSlaEvents';
import { ticketLog } from '../testing/ticketLog';
import { randomTicketLog } from '../testing/randomTicketLog';

/** A seeded generator (mulberry32), so a failing log can be rebuilt. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('readTicketSlaLog', () => {
  it('reads each case event and its instant in one pass, equal instants parsed once', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }, [
      { at: '2026-11-02T10:09:00.000Z', type: 'resolved', resolution: 'fixed' },
      { at: '2026-11-02T10:09:00.000Z', type: 'status_changed', from: 'new', to: 'resolved' },
      { at: '2026-11-02T10:10:00Z', type: 'acknowledged' },
    ]);
    const read = readTicketSlaLog(log, true);
    expect(read.events.map((e) => e.type)).toEqual(['created', 'update', 'agent_reply']);
    expect(read.instants).toEqual([
      Date.parse('2026-11-02T10:00:00.000Z'),
      Date.parse('2026-11-02T10:09:00.000Z'),
      Date.parse('2026-11-02T10:10:00Z'),
    ]);
    // Not canonical text: no text to stand for the instant.
    expect(read.texts).toEqual(['2026-11-02T10:00:00.000Z', '2026-11-02T10:09:00.000Z', null]);
  });
  it('leaves the instants out when not asked for', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00.000Z', priority: 'P3' }, []);
    expect(readTicketSlaLog(log, false)).toMatchObject({ instants: [], texts: [] });
  });
  it('gives ticketSlaEvents’ events, and each event’s own instant, for random logs', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const log = randomTicketLog(seeded(seed));
      const read = readTicketSlaLog(log, true);
      expect(read.events).toEqual(ticketSlaEvents(log));
      expect(read.instants).toEqual(read.events.map((e) => Date.parse(e.at)));
      expect(read.instants.length).toBe(read.texts.length);
    }
  });
  it('reads a log out of order as ticketSlaEvents does: by time, then sequence (R19)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seeded(seed);
      const log = randomTicketLog(random);
      // Swap two events, or give two neighbours one instant in the wrong sequence order.
      const i = 1 + Math.floor(random() * (log.length - 1));
      const j = Math.floor(random() * log.length);
      const shuffled = [...log];
      if (seed % 2) [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      else shuffled[i] = { ...shuffled[i]!, at: shuffled[i - 1]!.at, seq: -1 };
      const read = readTicketSlaLog(shuffled, true);
      expect(read.events).toEqual(ticketSlaEvents(shuffled));
      expect(read.instants).toEqual(read.events.map((e) => Date.parse(e.at)));
    }
  });
  it('orders a log of non-canonical instants by their text, as before', () => {
    const log = ticketLog({ at: '2026-11-02T10:00:00Z', priority: 'P3' }, [
      { at: '2026-11-02T10:09:00Z', type: 'acknowledged' },
      {
        at: '2026-11-02T10:05:00.000Z',
        type: 'priority_changed',
        from: 'P3',
        to: 'P2',
        reason: 'x',
      },
    ]);
    const read = readTicketSlaLog(log, true);
    expect(read.events.map((e) => e.at)).toEqual(ticketSlaEvents(log).map((e) => e.at));
    expect(read.events.map((e) => e.type)).toEqual(['created', 'update', 'agent_reply']);
  });
});
