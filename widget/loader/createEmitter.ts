// The widget's events for the host app (`Tierdesk.on('submitted', fn)`): a throwing handler is
// reported and skipped, never allowed to break the widget or the other handlers.
import type { WidgetEvent } from '../stages/stageTypes';

export interface Emitter {
  on(event: WidgetEvent, fn: (payload?: unknown) => void): () => void;
  emit(event: WidgetEvent, payload?: unknown): void;
  clear(): void;
}

export function createEmitter(warn: (message: string, error?: unknown) => void): Emitter {
  let handlers: Array<{ event: WidgetEvent; fn: (payload?: unknown) => void }> = [];
  return {
    on(event, fn) {
      const entry = { event, fn };
      handlers.push(entry);
      return () => {
        handlers = handlers.filter((h) => h !== entry);
      };
    },
    emit(event, payload) {
      for (const h of handlers.filter((x) => x.event === event)) {
        try {
          h.fn(payload);
        } catch (error) {
          warn(`Tierdesk: a handler of "${event}" threw`, error);
        }
      }
    },
    clear() {
      handlers = [];
    },
  };
}
