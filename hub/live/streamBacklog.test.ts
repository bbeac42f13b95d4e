import { describe, expect, it } from 'vitest';
import type { LiveEvent } from './liveFeed';
import { StreamBacklog } from './streamBacklog';

const event = (id: number, json = '{}'): LiveEvent => ({
  id,
  topic: 'queue',
  event: 'ticket',
  data: JSON.parse(json),
  json,
});

describe('StreamBacklog', () => {
  it('hands events out in order', () => {
    const backlog = new StreamBacklog();
    for (let i = 1; i <= 3; i++) expect(backlog.push(event(i))).toBe(true);
    expect([backlog.shift()?.id, backlog.shift()?.id, backlog.size]).toEqual([1, 2, 1]);
  });

  it('overflows past its count of events, empties and stays overflowed', () => {
    const backlog = new StreamBacklog(3);
    for (let i = 1; i <= 3; i++) backlog.push(event(i));
    expect(backlog.push(event(4))).toBe(false);
    expect(backlog.overflowed).toBe(true);
    expect(backlog.size).toBe(0);
    expect(backlog.push(event(5))).toBe(false);
    expect(backlog.shift()).toBeUndefined();
  });

  it('overflows past its characters of JSON, counting only what is still queued', () => {
    const backlog = new StreamBacklog(100, 10);
    expect(backlog.push(event(1, '"abcd"'))).toBe(true); // 6 characters
    backlog.shift(); // sent: no longer counted
    expect(backlog.push(event(2, '"abcd"'))).toBe(true);
    expect(backlog.push(event(3, '"ab"'))).toBe(true); // 10
    expect(backlog.push(event(4, '1'))).toBe(false);
    expect(backlog.overflowed).toBe(true);
  });
});
