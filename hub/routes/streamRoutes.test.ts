// The queue stream under a burst: a client keeps up to the ring's worth of events behind; past
// that its stream ends (it reconnects from its last id) instead of the hub holding every event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sseClient } from '../testing/sseClient';
import { startTestHub, type TestHub } from '../testing/testHub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

async function openQueueStream() {
  const before = hub.context.live.subscribers('queue');
  const sse = sseClient(await hub.request('/v1/stream', { as: 'L1' }));
  await expect.poll(() => hub.context.live.subscribers('queue')).toBe(before + 1);
  return sse;
}

describe('GET /v1/stream behind a burst', () => {
  it('delivers a burst of 2,000 events, in order', async () => {
    const sse = await openQueueStream();
    for (let i = 0; i < 2000; i++) hub.context.live.publish('queue', 'ticket', { i });
    const got: unknown[] = [];
    for (let i = 0; i < 2000; i++) got.push((await sse.next()).data);
    expect(got).toEqual(Array.from({ length: 2000 }, (_, i) => ({ i })));
    sse.close();
    await expect.poll(() => hub.context.live.subscribers('queue')).toBe(0);
  });

  it('ends the stream of a client one event further behind, and lets go of it', async () => {
    const sse = await openQueueStream();
    const subscribers = hub.context.live.subscribers('queue');
    // In one turn: none of it can be written before the backlog passes its bound.
    for (let i = 0; i < 2001; i++) hub.context.live.publish('queue', 'ticket', { i });
    await expect(sse.next()).rejects.toThrow(/ended/);
    await expect.poll(() => hub.context.live.subscribers('queue')).toBe(subscribers - 1);
  });
});
