// In-process publish/subscribe for Server-Sent Events: numbered events, a replay ring for
// `Last-Event-ID`, and topics (`queue`, `ticket:<id>`). With several hub processes on one
// database, a relay hands this process's events to the others, which `deliver` them.

export interface LiveEvent {
  id: number;
  topic: string;
  event: string;
  data: unknown;
}

type Listener = (event: LiveEvent) => void;

export class LiveFeed {
  private seq = 0;
  private readonly ring: LiveEvent[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Where this process's own events also go (the other hub processes); none by default. */
  relay: ((event: Omit<LiveEvent, 'id'>) => void) | null = null;

  constructor(private readonly ringSize = 2000) {}

  /** An event of this process: to its subscribers, and through the relay to the others. */
  publish(topic: string, event: string, data: unknown): LiveEvent {
    const e = this.deliver(topic, event, data);
    this.relay?.({ topic, event, data });
    return e;
  }

  /** An event (this process's, or another's from the relay) to this process's subscribers. */
  deliver(topic: string, event: string, data: unknown): LiveEvent {
    const e = { id: ++this.seq, topic, event, data };
    this.ring.push(e);
    if (this.ring.length > this.ringSize) this.ring.shift();
    for (const l of this.listeners.get(topic) ?? []) l(e);
    return e;
  }

  /** Events of `topic` after `lastId` still in the ring (for a reconnecting client). */
  since(topic: string, lastId: number): LiveEvent[] {
    return this.ring.filter((e) => e.topic === topic && e.id > lastId);
  }

  subscribe(topic: string, listener: Listener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(topic);
    };
  }

  subscribers(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }
}
