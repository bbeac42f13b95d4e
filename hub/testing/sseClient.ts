// Test helper: reads Server-Sent Events from a fetch response, one parsed event at a time.

export interface SseMessage {
  id?: string;
  event: string;
  data: unknown;
}

export function sseClient(response: Response): {
  next: (timeoutMs?: number) => Promise<SseMessage>;
  close: () => void;
} {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const queue: SseMessage[] = [];
  const parse = () => {
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const msg: SseMessage = { event: 'message', data: null };
      let data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const [field, ...rest] = line.split(':');
        const value = rest.join(':').replace(/^ /, '');
        if (field === 'event') msg.event = value;
        if (field === 'id') msg.id = value;
        if (field === 'data') data += value;
      }
      if (data) {
        msg.data = JSON.parse(data);
        queue.push(msg);
      }
    }
  };
  return {
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (queue.length === 0) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('no SSE event in time');
        const chunk = await Promise.race([
          reader.read(),
          new Promise<null>((r) => setTimeout(() => r(null), left)),
        ]);
        if (chunk === null) continue;
        if (chunk.done) throw new Error('SSE stream ended');
        buffer += decoder.decode(chunk.value, { stream: true });
        parse();
      }
      return queue.shift()!;
    },
    close: () => void reader.cancel().catch(() => {}),
  };
}
