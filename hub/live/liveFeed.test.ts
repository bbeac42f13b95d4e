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
});
