// Keeps the queue live while the popup is open: reads `GET /v1/stream` with the agent token,
// resumes with Last-Event-ID after a drop, and hands each parsed event to the caller.
import { parseWith } from '@tierdesk/core/model/parse';
import {
  incidentStreamEventSchema,
  queueItemSchema,
  slaStreamEventSchema,
  type IncidentStreamEvent,
  type QueueItem,
  type SlaStreamEvent,
} from './queueSchemas';
import { readSse } from './readSse';

export type QueueStreamEvent =
  | { kind: 'ticket'; item: QueueItem }
  | { kind: 'sla'; sla: SlaStreamEvent }
  | { kind: 'incident'; incident: IncidentStreamEvent };

export interface StreamQueueOptions {
  hubUrl: string;
  token: string;
  signal: AbortSignal;
  onEvent: (e: QueueStreamEvent) => void;
  /**
   * The hub could not replay what this stream missed (another hub process answered the
   * reconnect, the hub restarted, or the gap was too long): read the queue again.
   */
  onResync?: (reason: string) => void;
  /** Connection state changes and dropped/invalid messages, for the status line. */
  onStatus?: (status: 'open' | 'retrying', detail?: string) => void;
  fetch?: typeof fetch;
  /** Wait before reconnecting, by attempt (grows to 30 s). */
  retryDelayMs?: (attempt: number) => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const defaultDelay = (attempt: number) => Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));

const defaultSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/** Runs until `signal` aborts; never throws. */
export async function streamQueue(opts: StreamQueueOptions): Promise<void> {
  const fetchFn = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const delay = opts.retryDelayMs ?? defaultDelay;
  const sleep = opts.sleep ?? defaultSleep;
  let lastId: string | null = null;
  let attempt = 0;
  while (!opts.signal.aborted) {
    try {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${opts.token}`,
        Accept: 'text/event-stream',
      };
      if (lastId !== null) headers['Last-Event-ID'] = lastId;
      const res = await fetchFn(new URL('/v1/stream', opts.hubUrl).toString(), {
        headers,
        signal: opts.signal,
      });
      if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}`);
      attempt = 0;
      opts.onStatus?.('open');
      for await (const msg of readSse(res.body)) {
        if (msg.id !== null) lastId = msg.id;
        if (msg.event === 'resync') {
          opts.onResync?.(resyncReason(msg.data));
          continue;
        }
        const e = toEvent(msg.event, msg.data);
        if (e) opts.onEvent(e);
      }
    } catch (e) {
      if (opts.signal.aborted) return;
      opts.onStatus?.('retrying', retryReason(e, opts.hubUrl));
    }
    if (opts.signal.aborted) return;
    await sleep(delay(attempt++), opts.signal);
  }
}

/**
 * The status line's words for a dropped stream: fetch's network failure is a TypeError whose text
 * ("Failed to fetch", "NetworkError when attempting to fetch resource.") says nothing to a person.
 */
function retryReason(e: unknown, hubUrl: string): string {
  if (e instanceof TypeError) return `can't reach the hub at ${new URL(hubUrl).origin}`;
  return e instanceof Error ? e.message : String(e);
}

function toEvent(name: string, data: string): QueueStreamEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  if (name === 'ticket') {
    const p = parseWith(queueItemSchema, json);
    return p.ok ? { kind: 'ticket', item: p.value } : null;
  }
  if (name === 'sla') {
    const p = parseWith(slaStreamEventSchema, json);
    return p.ok ? { kind: 'sla', sla: p.value } : null;
  }
  if (name === 'incident') {
    const p = parseWith(incidentStreamEventSchema, json);
    return p.ok ? { kind: 'incident', incident: p.value } : null;
  }
  return null;
}

function resyncReason(data: string): string {
  try {
    const reason = (JSON.parse(data) as { reason?: unknown }).reason;
    return typeof reason === 'string' ? reason : 'unknown';
  } catch {
    return 'unknown';
  }
}
