// What one live stream has yet to send, bounded like the feed's ring: a client that falls further
// behind (a stalled connection: its socket takes nothing, and every event since waits here) is
// dropped rather than held in memory; it reconnects with `Last-Event-ID` and gets `resync`.
import type { LiveEvent } from './liveFeed';

export class StreamBacklog {
  private queue: LiveEvent[] = [];
  private chars = 0;
  /** Set once the bound was passed; the backlog then stays empty. */
  overflowed = false;

  constructor(
    private readonly maxEvents = 2000,
    /** JSON characters, as the feed's ring counts them. */
    private readonly maxChars = 2_000_000,
  ) {}

  /** Queues `e`; false, with the backlog emptied, once it would pass the bound. */
  push(e: LiveEvent): boolean {
    if (this.overflowed) return false;
    if (this.queue.length >= this.maxEvents || this.chars + e.json.length > this.maxChars) {
      this.overflowed = true;
      this.queue = [];
      this.chars = 0;
      return false;
    }
    this.queue.push(e);
    this.chars += e.json.length;
    return true;
  }

  /** The oldest event not yet sent. */
  shift(): LiveEvent | undefined {
    const e = this.queue.shift();
    if (e) this.chars -= e.json.length;
    return e;
  }

  get size(): number {
    return this.queue.length;
  }
}
