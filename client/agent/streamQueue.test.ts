import { describe, expect, it } from 'vitest';
import { streamQueue, type QueueStreamEvent } from './streamQueue';
import { sampleQueueItem } from './testing/sampleQueueItem';

function sse(text: string): Response {
  return new Response(new TextEncoder().encode(text), {
    headers: { 'Content-Type': 'text/event-stream' },
  });
}

describe('streamQueue', () => {
  it('parses events, skips invalid ones and resumes with Last-Event-ID after a drop', async () => {
    const ac = new AbortController();
    const seen: QueueStreamEvent[] = [];
    const lastIds: (string | null)[] = [];
    let n = 0;
    const fetchFn = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const h = init?.headers as Record<string, string>;
      lastIds.push(h['Last-Event-ID'] ?? null);
      expect(h['Authorization']).toBe('Bearer td_1');
      n++;
      if (n === 1)
        return sse(
          `id: 7\nevent: ticket\ndata: ${JSON.stringify(sampleQueueItem())}\n\n` +
            `id: 8\nevent: ticket\ndata: {"broken":true}\n\n`,
        );
      if (n === 2) throw new TypeError('network down');
      ac.abort();
      return sse(
        `id: 9\nevent: sla\ndata: {"ticketId":"x","number":"TD-1","timer":"resolution","kind":"breach","percent":100}\n\n`,
      );
    }) as typeof fetch;
    await streamQueue({
      hubUrl: 'https://hub.example',
      token: 'td_1',
      signal: ac.signal,
      onEvent: (e) => seen.push(e),
      fetch: fetchFn,
      sleep: async () => {},
    });
    expect(lastIds).toEqual([null, '8', '8']);
    expect(seen.map((e) => e.kind)).toEqual(['ticket', 'sla']);
  });

  it('tells the caller to read the queue again when the hub cannot replay what was missed', async () => {
    const ac = new AbortController();
    const seen: string[] = [];
    const lastIds: (string | null)[] = [];
    let n = 0;
    const fetchFn = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      lastIds.push((init?.headers as Record<string, string>)['Last-Event-ID'] ?? null);
      n++;
      if (n === 1)
        return sse(`id: a1-4\nevent: ticket\ndata: ${JSON.stringify(sampleQueueItem())}\n\n`);
      ac.abort();
      return sse(
        `id: b2-9\nevent: resync\ndata: {"reason":"not_this_feed"}\n\n` +
          `id: b2-10\nevent: ticket\ndata: ${JSON.stringify(sampleQueueItem())}\n\n`,
      );
    }) as typeof fetch;
    await streamQueue({
      hubUrl: 'https://hub.example',
      token: 'td_1',
      signal: ac.signal,
      onEvent: (e) => seen.push(e.kind),
      onResync: (reason) => seen.push(`resync:${reason}`),
      fetch: fetchFn,
      sleep: async () => {},
    });
    expect(lastIds).toEqual([null, 'a1-4']);
    expect(seen).toEqual(['ticket', 'resync:not_this_feed', 'ticket']);
  });

  it('says in words why it is retrying: the hub unreachable, or what it answered', async () => {
    const ac = new AbortController();
    const said: [string, string | undefined][] = [];
    let n = 0;
    const fetchFn = (async () => {
      n++;
      if (n === 1) throw new TypeError('Failed to fetch');
      if (n === 2) return new Response('no', { status: 401 });
      ac.abort();
      return sse('');
    }) as typeof fetch;
    await streamQueue({
      hubUrl: 'https://hub.example/support/',
      token: 'td_1',
      signal: ac.signal,
      onEvent: () => {},
      onStatus: (s, detail) => said.push([s, detail]),
      fetch: fetchFn,
      sleep: async () => {},
    });
    expect(said).toEqual([
      ['retrying', "can't reach the hub at https://hub.example"],
      ['retrying', 'stream answered 401'],
      ['open', undefined],
    ]);
  });
});
