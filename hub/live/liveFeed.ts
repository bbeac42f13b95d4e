// In-process publish/subscribe for Server-Sent Events: numbered events, a replay ring for
// `Last-Event-ID`, and topics (`queue`, `ticket:<id>`). With several hub processes on one
// database, a relay hands this process's events to the others, which `deliver` them.
//
// The ring keeps each event as its JSON text, and is bounded by count and by characters: a
// `ticket:<id>` event carries the whole ticket with its captured context (up to the 512 KB an
// intake may send): 2,000 events as objects held ~14 MB of heap with a 10 KB context each, and
// would hold hundreds with bigger ones (docs/hub.md, "Memory"). Each event is serialised once
// (~7 µs for a ticket), for the ring and every stream, which serialised it each for itself.
//
// An event's id names this feed (its epoch) and its number: `<epoch>-<seq>`. Numbers restart with
// each process, so an id from another hub process or from before a restart cannot say what was
// missed; neither can one older than the ring. `resume` tells those apart from a clean replay,
// and the stream then asks the client to read everything again (`resync`).
import { randomBytes } from 'node:crypto';

export interface LiveEvent {
  id: number;
  topic: string;
  event: string;
  data: unknown;
  /** `data` as JSON, what a stream sends. */
  json: string;
}

/** What the ring keeps of an event: its JSON text, not the objects (see above). */
type HeldEvent = Omit<LiveEvent, 'data'>;

/** What a reconnecting client missed, or why that cannot be known. */
export interface LiveResume {
  events: LiveEvent[];
  /** Null when `events` is everything missed; else why the client must read again. */
  gap: null | 'not_this_feed' | 'too_old';
}

type Listener = (event: LiveEvent) => void;

export class LiveFeed {
  private seq = 0;
  /** The highest number that has left the ring (0: none yet). */
  private dropped = 0;
  private readonly ring: HeldEvent[] = [];
  /** Where the ring's oldest event is (events before it have left; trimmed in bulk). */
  private head = 0;
  /** Characters of JSON held in the ring. */
  private held = 0;
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Where this process's own events also go (the other hub processes); none by default. */
  relay: ((event: Omit<LiveEvent, 'id' | 'json'>) => void) | null = null;

  constructor(
    private readonly ringSize = 2000,
    /** Names this feed's numbering; random per process. */
    readonly epoch: string = randomBytes(5).toString('hex'),
    /**
     * The most JSON characters the ring holds: ≤ 4 MB, as V8 stores a string with any character
     * past Latin-1 (a classification's `→`) at two bytes a character.
     */
    private readonly ringChars = 2_000_000,
  ) {
    if (!/^[A-Za-z0-9_]+$/.test(epoch)) throw new Error(`epoch ${epoch}: letters, digits, _ only`);
  }

  /** An event of this process: to its subscribers, and through the relay to the others. */
  publish(topic: string, event: string, data: unknown): LiveEvent {
    const e = this.deliver(topic, event, data);
    this.relay?.({ topic, event, data });
    return e;
  }

  /** An event (this process's, or another's from the relay) to this process's subscribers. */
  deliver(topic: string, event: string, data: unknown): LiveEvent {
    const json = JSON.stringify(data) ?? 'null';
    const e = { id: ++this.seq, topic, event, data, json };
    this.hold({ id: e.id, topic, event, json });
    for (const l of this.listeners.get(topic) ?? []) l(e);
    return e;
  }

  private hold(e: HeldEvent): void {
    this.ring.push(e);
    this.held += e.json.length;
    // The newest event stays even when it alone is over the bound: a stream may still resume.
    while (
      this.ring.length - this.head > 1 &&
      (this.ring.length - this.head > this.ringSize || this.held > this.ringChars)
    ) {
      const old = this.ring[this.head++]!;
      this.held -= old.json.length;
      this.dropped = old.id;
    }
    // Shift the array only now and then: dropping one event at a time would copy it each time.
    if (this.head >= 1024 || this.head > this.ring.length / 2) {
      this.ring.splice(0, this.head);
      this.head = 0;
    }
  }

  /** The SSE id of an event: `<epoch>-<number>`. */
  eventId(e: Pick<LiveEvent, 'id'>): string {
    return `${this.epoch}-${e.id}`;
  }

  /** The id of the newest event so far (a client told to read again resumes from here). */
  latestId(): string {
    return this.eventId({ id: this.seq });
  }

  /** Events of `topic` after `lastId` still in the ring (by number); `data` read from the JSON. */
  since(topic: string, lastId: number): LiveEvent[] {
    const out: LiveEvent[] = [];
    for (let i = this.head; i < this.ring.length; i++) {
      const e = this.ring[i]!;
      if (e.topic === topic && e.id > lastId) out.push({ ...e, data: JSON.parse(e.json) });
    }
    return out;
  }

  /** What a client that last saw `lastEventId` (its `Last-Event-ID`) missed of `topic`. */
  resume(topic: string, lastEventId: string): LiveResume {
    const dash = lastEventId.lastIndexOf('-');
    const n = Number(lastEventId.slice(dash + 1));
    if (
      dash < 0 ||
      lastEventId.slice(0, dash) !== this.epoch ||
      !/^\d+$/.test(lastEventId.slice(dash + 1)) ||
      n > this.seq
    )
      return { events: [], gap: 'not_this_feed' };
    if (n < this.dropped) return { events: [], gap: 'too_old' };
    return { events: this.since(topic, n), gap: null };
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
