// Keeps an outbox moving in a page: sends now, again when the soonest retry is due, and as soon as
// the browser says it is back online. stop() (or the signal) ends it.
import type { Outbox } from './createOutbox';

export interface OutboxWorld {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: never) => void;
  addEventListener: (type: 'online', fn: () => void) => void;
  removeEventListener: (type: 'online', fn: () => void) => void;
}

export function runOutbox(
  outbox: Outbox,
  world: OutboxWorld,
  now: () => number,
): { kick: () => Promise<void>; stop: () => void } {
  let timer: unknown;
  let stopped = false;
  let running: Promise<void> | null = null;

  const kick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    // One flush at a time in this tab; a kick during a flush runs once more afterwards.
    running = (running ?? Promise.resolve()).then(async () => {
      if (stopped) return;
      try {
        const report = await outbox.flush();
        world.clearTimeout(timer as never);
        if (report.nextAttemptAt !== null && !stopped) {
          timer = world.setTimeout(() => void kick(), Math.max(0, report.nextAttemptAt - now()));
        }
      } catch {
        // IndexedDB unavailable or closed: the next page load tries again.
      }
    });
    return running;
  };
  const online = () => void kick();
  world.addEventListener('online', online);
  return {
    kick,
    stop() {
      stopped = true;
      world.clearTimeout(timer as never);
      world.removeEventListener('online', online);
    },
  };
}
