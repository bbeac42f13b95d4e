// What every route and service of the hub is given: the store, the config, the clock, the live
// feed, the webhook sender and the log (the world passed in, so tests control each).
import type { HubConfig } from './config/hubConfig';
import type { LiveFeed } from './live/liveFeed';
import type { RateLimiter } from './http/rateLimiter';
import type { Logger } from './log/logger';
import type { HubStore } from './store/hubStore';

export interface HubContext {
  /** Where everything is kept; every route and service only awaits it (store/hubStore.ts). */
  store: HubStore;
  config: HubConfig;
  /** The current instant as UTC ISO-8601. */
  now: () => string;
  log: Logger;
  live: LiveFeed;
  /** A new ULID (attachments, incidents). */
  newId: () => string;
  /** Secret of this data folder: reporter tokens are derived from it. */
  hubSecret: string;
  /** Ticket ids whose intake is being processed right now (a concurrent duplicate gets 409). */
  intakeInFlight: Set<string>;
  /** Sends a signed webhook to every configured receiver of `event` (never throws). */
  notify: (event: string, payload: unknown) => void;
  /** Tells the SLA clock that a ticket's next wake-up (ms, if known) may have moved earlier. */
  slaChanged: (earliestWake?: number | null) => void;
  limiter: RateLimiter;
  version: string;
}
