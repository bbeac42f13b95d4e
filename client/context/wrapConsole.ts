// Records console.error and console.warn calls while passing every call through unchanged:
// same arguments, same `this`, same return value, and never a throw of our own.

export type ConsoleLevel = 'error' | 'warn';

/** Wraps the two levels; the returned stop() restores them (or goes inert if re-wrapped since). */
export function wrapConsole(
  console: Console,
  record: (level: ConsoleLevel, args: unknown[]) => void,
): () => void {
  const stops = (['error', 'warn'] as const).map((level) => {
    const original = console[level];
    let active = true;
    // A page whose console.error logs again (or our own record logging) must not loop.
    let inside = false;
    const wrapper = function (this: unknown, ...args: unknown[]) {
      if (active && !inside) {
        inside = true;
        try {
          record(level, args);
        } catch {
          // Capture is best effort; the page's logging is not.
        } finally {
          inside = false;
        }
      }
      return original.apply(this, args);
    };
    console[level] = wrapper;
    return () => {
      active = false;
      // If the page wrapped console after us, putting the original back would drop its wrapper.
      if (console[level] === wrapper) console[level] = original;
    };
  });
  return () => stops.forEach((stop) => stop());
}
