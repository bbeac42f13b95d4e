// Keeps a reporter's "my tickets" list current while it is on screen. The hub streams one ticket
// per connection to its reporter (docs/api.md, `GET /v1/tickets/:id/stream`): a `ticket` event
// only wakes a re-read of the list, which comes parsed from `POST /v1/reporter/tickets`. Polling
// with backoff covers tickets past the stream limit, streams that cannot connect, and a hidden
// page pauses both.
import type { ReporterTicket } from './schemas';

/** What the watcher needs of a stored receipt: which ticket, and the token that opens it. */
export interface ReporterTicketKey {
  ticketId: string;
  reporterToken: string;
}

export interface ReporterTicketWatchOptions {
  keys: ReporterTicketKey[];
  /** Reads the whole list (newest first); null when the hub could not be reached. */
  readList: () => Promise<ReporterTicket[] | null>;
  /** Opens the hub's stream of one ticket; calls `onEvent` per event; returns a closer. */
  openStream: (key: ReporterTicketKey, onEvent: () => void) => () => void;
  /** Every list read that differs from the last one (and the first, even null). */
  onList: (items: ReporterTicket[] | null) => void;
  /** Whether the page is visible, and a subscription to changes of it. */
  visible: () => boolean;
  onVisibilityChange: (fn: () => void) => () => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /**
   * Streams held open at most; default 1. Over HTTP/1.1 a browser allows 6 connections per host
   * for the whole profile: every tab's open stream takes one, and the widget's own calls (preview,
   * intake) wait behind them. The other tickets are kept current by polling.
   */
  maxStreams?: number;
  /** Poll delay after a change, doubled after each read without one, up to `maxPollMs`. */
  pollMs?: number;
  maxPollMs?: number;
  /** Several stream events in a burst cause one read. */
  settleMs?: number;
}

/**
 * Starts watching; returns `stop`.
 * @example const stop = watchReporterTickets({ keys, readList, openStream, onList, ... }); stop();
 */
export function watchReporterTickets(o: ReporterTicketWatchOptions): () => void {
  const maxStreams = o.maxStreams ?? 1;
  const firstPoll = o.pollMs ?? 5_000;
  const maxPoll = o.maxPollMs ?? 60_000;
  const streams = new Map<string, () => void>();
  let delay = firstPoll;
  let poll: unknown = null;
  let settle: unknown = null;
  let last: string | undefined;
  let reading = false;
  let again = false;
  let stopped = false;

  const clear = (id: unknown) => id !== null && o.clearTimeout(id);

  /** Streams for the newest tickets still open to change; closed ones can only be reopened. */
  function syncStreams(items: ReporterTicket[] | null) {
    const wanted = new Set<string>();
    if (items && o.visible())
      for (const t of items) {
        if (wanted.size >= maxStreams) break;
        if (t.status !== 'closed' && o.keys.some((k) => k.ticketId === t.id)) wanted.add(t.id);
      }
    for (const [id, close] of streams)
      if (!wanted.has(id)) {
        close();
        streams.delete(id);
      }
    for (const id of wanted)
      if (!streams.has(id)) {
        const key = o.keys.find((k) => k.ticketId === id)!;
        streams.set(id, o.openStream(key, soon));
      }
  }

  async function read() {
    if (stopped) return;
    if (reading) {
      again = true; // a wake-up during a read: read once more after it
      return;
    }
    reading = true;
    clear(poll);
    poll = null;
    const items = await o.readList().catch(() => null);
    reading = false;
    if (stopped) return;
    const seen = items === null ? undefined : JSON.stringify(items);
    if (last === undefined && seen === undefined && delay === firstPoll) o.onList(null);
    if (seen !== undefined && seen !== last) {
      last = seen;
      delay = firstPoll;
      o.onList(items);
      syncStreams(items);
    } else {
      delay = Math.min(maxPoll, delay * 2);
    }
    if (again) {
      again = false;
      return read();
    }
    if (o.visible()) poll = o.setTimeout(() => void read(), delay);
  }

  function soon() {
    clear(settle);
    settle = o.setTimeout(() => {
      settle = null;
      void read();
    }, o.settleMs ?? 250);
  }

  const offVisibility = o.onVisibilityChange(() => {
    if (stopped) return;
    if (o.visible()) {
      delay = firstPoll;
      void read().then(() => syncStreams(last === undefined ? null : JSON.parse(last)));
    } else {
      clear(poll);
      poll = null;
      syncStreams(null);
    }
  });

  void read();
  return () => {
    stopped = true;
    clear(poll);
    clear(settle);
    offVisibility();
    for (const close of streams.values()) close();
    streams.clear();
  };
}
