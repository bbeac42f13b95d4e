import { describe, expect, it } from 'vitest';
import { LiveFeed } from './liveFeed';

describe('LiveFeed', () => {
  it('numbers events, delivers them to subscribers of the topic only, and stops after unsubscribe', () => {
    const feed = new LiveFeed();
    const got: string[] = [];
    const off = feed.subscribe('queue', (e) => got.push(`${e.id}:${e.event}`));
    feed.publish('queue', 'ticket', {});
    feed.publish('ticket:1', 'ticket', {});
    feed.publish('queue', 'sla', {});
    off();
    feed.publish('queue', 'ticket', {});
    expect(got).toEqual(['1:ticket', '3:sla']);
    expect(feed.subscribers('queue')).toBe(0);
  });

  it('replays the events of a topic after a given id, within the ring', () => {
    const feed = new LiveFeed(3);
    for (let i = 0; i < 5; i++) feed.publish('queue', 'ticket', i);
    expect(feed.since('queue', 3).map((e) => e.data)).toEqual([3, 4]);
    expect(feed.since('queue', 0).map((e) => e.id)).toEqual([3, 4, 5]);
  });

  it('relays its own events to the other processes, and delivers theirs without relaying back', () => {
    const feed = new LiveFeed();
    const relayed: unknown[] = [];
    const got: unknown[] = [];
    feed.relay = (e) => relayed.push(e);
    feed.subscribe('queue', (e) => got.push([e.id, e.data]));
    feed.publish('queue', 'ticket', 'mine');
    feed.deliver('queue', 'ticket', 'theirs');
    expect(relayed).toEqual([{ topic: 'queue', event: 'ticket', data: 'mine' }]);
    expect(got).toEqual([
      [1, 'mine'],
      [2, 'theirs'],
    ]);
    expect(feed.since('queue', 1).map((e) => e.data)).toEqual(['theirs']);
  });

  it('names its events <epoch>-<number> and resumes only from its own ids', () => {
    const feed = new LiveFeed(2000, 'abc');
    const a = feed.publish('queue', 'ticket', 'a');
    feed.publish('queue', 'ticket', 'b');
    expect(feed.eventId(a)).toBe('abc-1');
    expect(feed.latestId()).toBe('abc-2');
    expect(feed.resume('queue', 'abc-1')).toEqual({
      events: [{ id: 2, topic: 'queue', event: 'ticket', data: 'b', json: '"b"' }],
      gap: null,
    });
    expect(feed.resume('queue', 'abc-2')).toEqual({ events: [], gap: null });
    expect(feed.resume('queue', 'abc-0').events.map((e) => e.data)).toEqual(['a', 'b']);
    // Another process's (or an earlier run's) numbering says nothing about this one.
    for (const id of ['xyz-1', '1', 'abc-3', 'abc-', 'abc-1.5', 'abc--1', '', 'abc-1e1'])
      expect(feed.resume('queue', id), id).toEqual({ events: [], gap: 'not_this_feed' });
    expect(() => new LiveFeed(10, 'a-b')).toThrow(/epoch/);
    expect(new LiveFeed().epoch).not.toBe(new LiveFeed().epoch);
  });

  it('says an id older than the ring is too old, even when the lost events were of other topics', () => {
    const feed = new LiveFeed(2, 'e');
    feed.publish('queue', 'ticket', 1);
    feed.publish('ticket:x', 'ticket', 2);
    feed.publish('queue', 'ticket', 3);
    // Event 1 left the ring: a client that saw nothing after 0 missed it.
    expect(feed.resume('queue', 'e-0').gap).toBe('too_old');
    // One that saw 1 missed only 2 and 3, both still held.
    expect(feed.resume('queue', 'e-1')).toEqual({
      events: [{ id: 3, topic: 'queue', event: 'ticket', data: 3, json: '3' }],
      gap: null,
    });
  });

  it('holds at most its bound of JSON characters, dropping the oldest events first', () => {
    const feed = new LiveFeed(2000, 'c', 100);
    const big = 'x'.repeat(38); // 40 characters of JSON with its quotes
    for (let i = 0; i < 4; i++) feed.publish(i % 2 ? 'ticket:t' : 'queue', 'ticket', big);
    // 4 × 40 characters: the first two left, whatever their topic.
    expect(feed.since('queue', 0).map((e) => e.id)).toEqual([3]);
    expect(feed.since('ticket:t', 0).map((e) => e.id)).toEqual([4]);
    expect(feed.resume('queue', 'c-1').gap).toBe('too_old');
    expect(feed.resume('queue', 'c-2')).toMatchObject({ gap: null, events: [{ id: 3 }] });
    // One event over the bound alone is still held until the next one comes.
    feed.publish('queue', 'ticket', 'y'.repeat(500));
    expect(feed.since('queue', 0).map((e) => e.id)).toEqual([5]);
    feed.publish('queue', 'ticket', 1);
    expect(feed.since('queue', 0).map((e) => e.id)).toEqual([6]);
  });

  it('serialises an event once: subscribers and replays get the same JSON, replays a copy of the data', () => {
    const feed = new LiveFeed();
    const seen: string[] = [];
    feed.subscribe('queue', (e) => seen.push(e.json));
    const data = { id: 't1', due: { at: '2026-11-02T09:00:00.000Z' }, none: undefined };
    const e = feed.publish('queue', 'ticket', data);
    expect(e.data).toBe(data);
    expect(seen).toEqual(['{"id":"t1","due":{"at":"2026-11-02T09:00:00.000Z"}}']);
    const [again] = feed.since('queue', 0);
    expect(again!.json).toBe(seen[0]);
    expect(again!.data).toEqual({ id: 't1', due: { at: '2026-11-02T09:00:00.000Z' } });
    expect(again!.data).not.toBe(data);
  });

  it('keeps its count bound over many events (the ring is trimmed in bulk)', () => {
    const feed = new LiveFeed(3, 'd');
    for (let i = 1; i <= 5000; i++) feed.publish('queue', 'ticket', i);
    expect(feed.since('queue', 0).map((e) => e.data)).toEqual([4998, 4999, 5000]);
    expect(feed.resume('queue', 'd-4996').gap).toBe('too_old');
    expect(feed.resume('queue', 'd-4997').events).toHaveLength(3);
  });
});
