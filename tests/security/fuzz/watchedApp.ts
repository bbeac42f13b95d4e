// The hub's own Hono app over a running hub's context, called in-process (the same routes,
// checks and store as over HTTP, minus the socket), with a store that records whether a
// request committed any write — so a refused request can be shown to have stored nothing.
import type { Hono } from 'hono';
import type { SyncHubStore } from '../../../hub/store/syncHubStore';
import { createHubApp } from '../../../hub/server';
import type { RunningHub } from '../../../hub/startHub';

const mutators = new Set<string>([
  'secret',
  'nextTicketNumber',
  'insertTicket',
  'updateTicket',
  'appendEvents',
  'saveIntakeRequest',
  'insertAttachment',
  'saveKnownIssue',
  'addDeflection',
  'saveIncident',
  'insertAgent',
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
  let depth = 0;
  let dirty = false;
  let commits = 0;
  let loose = 0;
  const store = new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const name = String(prop);
      if (name === 'write') {
        return <T>(fn: () => T): T => {
          if (depth === 0) dirty = false;
          depth++;
          try {
            const out = real.write(fn);
            if (depth === 1 && dirty) commits++;
            return out;
          } finally {
            depth--;
          }
        };
      }
      if (mutators.has(name)) {
        return (...args: unknown[]) => {
          if (depth === 0) loose++;
          dirty = true;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  }) as SyncHubStore;
  let errors: string[] = [];
  const log = {
    ...hub.context.log,
    error: (msg: string, fields: Record<string, unknown> = {}) => {
      errors.push(`${msg}: ${String(fields['error'] ?? '')}`);
    },
  };
  const context = { ...hub.context, store, log };
  // Intake may join a group commit of the real store: route its writes through the watch too.
  const group = (hub.context as { groupWrite?: <T>(fn: () => T) => Promise<T> }).groupWrite;
  if (group) {
    Object.assign(context, { groupWrite: <T>(fn: () => T) => group(() => store.write(fn)) });
  }
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
    takeLooseWrites: () => {
      const n = loose;
      loose = 0;
      return n;
    },
  };
}
