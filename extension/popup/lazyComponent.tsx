// A component whose code loads on first use (a separate chunk), so the popup's first paint parses
// only what the queue needs; until it arrives, `fallback` shows. Loaded once, then reused.
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: () => JSX.Element | null = () => null,
): ComponentType<P> & { preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load()
      .then((c) => (loaded = c))
      .catch((e: unknown) => {
        pending = null; // a failed chunk load may succeed when asked again
        throw e;
      }));
  function Lazy(props: P) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      void preload().then(() => live && setReady(true));
      return () => void (live = false);
    }, []);
    const C = loaded;
    return C ? <C {...props} /> : fallback();
  }
  return Object.assign(Lazy, { preload });
}
