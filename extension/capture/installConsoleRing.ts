// The optional console hook (runs at document_start in the page's MAIN world, only where the user
// granted "console errors on every page"): keeps the last 50 errors and warnings in a ring that
// the report capture reads. The page's console keeps behaving exactly as before.

export interface ConsoleRingEntry {
  level: 'error' | 'warn';
  message: string;
  at: number;
}

export const consoleRingKey = Symbol.for('tierdesk.console');
const size = 50;

function describe(args: unknown[]): string {
  return args
    .map((a) => {
      if (a instanceof Error) return `${a.name}: ${a.message}`;
      if (typeof a === 'string') return a;
      try {
        return JSON.stringify(a) ?? String(a);
      } catch {
        return String(a);
      }
    })
    .join(' ')
    .slice(0, 2000);
}

/** Installs the hook once per page; returns the ring (for tests). */
export function installConsoleRing(win: Window & typeof globalThis): ConsoleRingEntry[] {
  const holder = win as unknown as Record<symbol, ConsoleRingEntry[] | undefined>;
  const existing = holder[consoleRingKey];
  if (existing) return existing;
  const ring: ConsoleRingEntry[] = [];
  Object.defineProperty(win, consoleRingKey, { value: ring, enumerable: false });
  const push = (level: 'error' | 'warn', message: string) => {
    ring.push({ level, message, at: Date.now() });
    if (ring.length > size) ring.shift();
  };
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level];
    win.console[level] = function (this: Console, ...args: unknown[]) {
      try {
        push(level, describe(args));
      } catch {
        // never let our bookkeeping break the page's logging
      }
      return original.apply(this, args);
    };
  }
  win.addEventListener('error', (e) => push('error', `Uncaught ${e.message || 'error'}`));
  win.addEventListener('unhandledrejection', (e) =>
    push('error', `Unhandled rejection: ${describe([e.reason])}`),
  );
  return ring;
}
