// A tiny observable state holder for the dialog model (what @preact/signals would do, at a
// fraction of the bytes the 30 KB dialog budget allows), and the hook components read it with.
import { useEffect, useReducer } from 'preact/hooks';

export interface Store<S> {
  get(): S;
  set(patch: Partial<S>): void;
  subscribe(fn: () => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      listeners.forEach((fn) => fn());
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

/** Re-renders the component whenever the store changes; returns the current state. */
export function useStore<S>(store: Store<S>): S {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(rerender as () => void), [store]);
  return store.get();
}
