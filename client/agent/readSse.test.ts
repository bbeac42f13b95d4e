import { describe, expect, it } from 'vitest';
import { readSse, type SseMessage } from './readSse';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(c) {
      for (const s of chunks) c.enqueue(enc.encode(s));
      c.close();
    },
  });
}

async function all(chunks: string[]): Promise<SseMessage[]> {
  const out: SseMessage[] = [];
  for await (const m of readSse(streamOf(chunks))) out.push(m);
  return out;
}

describe('readSse', () => {
  it('assembles messages split across chunks, with event names and ids', async () => {
    const msgs = await all([
      'event: tic',
      'ket\nid: 4\ndata: {"a"',
      ':1}\n\n: heartbeat\n\n',
      'data: x\n\n',
    ]);
    expect(msgs).toEqual([
      { event: 'ticket', data: '{"a":1}', id: '4' },
      { event: 'message', data: 'x', id: '4' },
    ]);
  });

  it('joins multi-line data and accepts CRLF line ends', async () => {
    expect(await all(['data: one\r\ndata: two\r\n\r\n'])).toEqual([
      { event: 'message', data: 'one\ntwo', id: null },
    ]);
  });

  it('drops an unterminated message at the end of the stream', async () => {
    expect(await all(['data: complete\n\ndata: half'])).toHaveLength(1);
  });
});
