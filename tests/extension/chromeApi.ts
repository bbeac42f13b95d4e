// The few extension APIs the end-to-end tests call inside the browser (page.evaluate and
// worker.evaluate run them there); typed here because the tests compile without @types/chrome.

export interface ChromeApi {
  tabs: {
    query(q: { url?: string; active?: boolean }): Promise<{ id?: number; windowId?: number }[]>;
  };
  windows: {
    create(o: {
      url: string;
      type: 'popup' | 'normal';
      width?: number;
      height?: number;
    }): Promise<unknown>;
  };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  action: { getBadgeText(d: Record<string, never>): Promise<string> };
  alarms: { clear(name: string): Promise<boolean> };
  storage: {
    local: {
      get(keys: string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
}

declare global {
  const chrome: ChromeApi;
}
