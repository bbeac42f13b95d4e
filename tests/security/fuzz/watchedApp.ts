// The hub's own Hono app over a running hub's context, called in-process (the same routes,
// checks and store as over HTTP, minus the socket), with a store that records whether a
// request committed any write — so a refused request can be shown to have stored nothing.
import type { Hono } from 'hono';
import type { HubStore, HubTx } from '../../../hub/store/hubStore';
import { createHubApp } from '../../../hub/server';
import type { RunningHub } from '../../../hub/startHub';

const mutators = new Set<string>([
  'nextTicketNumber',
  'insertTicket',
  'updateTicket',
  'appendEvents',
  'saveIntakeRequest',
  'insertAttachment',
  'insertKnownIssue',
  'updateKnownIssue',
  'addDeflection',
  'saveIncident',
  'addIncidentTicket',
  'insertAgent',
  'revokeAgent',
]);

export interface WatchedApp {
  app: Hono;
  /** Committed writes (transactions that called a mutator and did not throw) since the last take. */
  takeCommits: () => number;
  /** Mutator calls made outside any transaction since the last take (should never happen). */
  takeLooseWrites: () => number;
  /** Errors the hub logged since the last take (the cause behind a 500). */
  takeErrors: () => string[];
}

export function watchedApp(hub: RunningHub, widgetDir: string): WatchedApp {
  const real = hub.store;
  let commits = 0;
  // Writes exist only on a transaction's handle (HubTx), so none can happen outside one.
  const loose = 0;
  const store = new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (prop !== 'transaction') return (value as (...a: unknown[]) => unknown).bind(target);
      return async <T>(fn: (tx: HubTx) => Promise<T>): Promise<T> => {
        let dirty = false;
        const out = await real.transaction((tx) => {
          const watched = new Proxy(tx, {
            get(t, name, r) {
              if (typeof name === 'string' && mutators.has(name)) dirty = true;
              return Reflect.get(t, name, r) as unknown;
            },
          });
          return fn(watched);
        });
        if (dirty) commits++;
        return out;
      };
    },
  }) as HubStore;
  let errors: string[] = [];
  const log = {
    ...hub.context.log,
    error: (msg: string, fields: Record<string, unknown> = {}) => {
      errors.push(`${msg}: ${String(fields['error'] ?? '')}`);
    },
  };
  const context = { ...hub.context, store, log };
  const app = createHubApp(context, { widgetDir, logRequests: false });
  return {
    app,
    takeCommits: () => {
      const n = commits;
      commits = 0;
      return n;
    },
    takeErrors: () => {
      const out = errors;
      errors = [];
      return out;
    },
    takeLooseWrites: () => loose,
  };
}
